// `npm run bench`: runs every bench/*.bench.ts (`npm run bench -- startup batch` only the files
// whose names contain one of the words). A bench file exports `benches`: named
// functions, each checked once, then timed over many runs after a warm-up; the mean and p95 are
// printed. A bench whose answer is wrong stops the run: timing a wrong answer means nothing.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Bench, Timed } from "./bench";

async function time(bench: Bench): Promise<Timed> {
  const runs = bench.runs ?? 2000;
  const first = await bench.run();
  bench.verify?.(first);
  for (let i = 0; i < (bench.warmups ?? Math.min(runs, 200)); i++) await bench.run();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await bench.run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { mean: samples.reduce((a, b) => a + b, 0) / runs, p95: samples[Math.floor(runs * 0.95)] };
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts") && (only.length === 0 || only.some((word) => f.includes(word))))
    .sort();
  for (const file of files) {
    const { benches } = (await import(path.join(__dirname, file))) as { benches: readonly Bench[] };
    console.log(`\n${file}`);
    for (const bench of benches) {
      let timed: Timed;
      try {
        timed = await time(bench);
      } finally {
        await bench.cleanup?.();
      }
      const { mean, p95 } = timed;
      const goal = bench.goalMs === undefined ? "" : `  (目标 < ${bench.goalMs} ms：${mean < bench.goalMs ? "达到" : "未达到"})`;
      console.log(`  ${bench.name}: 平均 ${mean.toFixed(3)} ms，p95 ${p95.toFixed(3)} ms，${bench.runs ?? 2000} 次${goal}`);
      if (bench.note) console.log(`    ${bench.note(timed)}`);
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
