// Department reports for the overview's tests, written as JSON through the sample report:
// every figure below is typed by hand, and the totals are their plain sums.
import { Report } from "../../src/model/report";
import { group4, row3, sampleReport } from "../narrative/sample";

export interface DepartmentShape {
  /** 予以公开, 部分公开, 无法提供 (本机关不掌握), 不予处理 (重复申请): each all from 自然人. */
  readonly disclosed: number;
  readonly partial?: number;
  readonly unprovided?: number;
  readonly refused?: number;
  /** 行政复议: 结果维持, 结果纠正, 其他结果, 尚未审结. */
  readonly review?: readonly [number, number, number, number];
  readonly year?: number;
}

/** A consistent 2021-format report: 新收 = 办结 = the four results, nothing carried either way. */
export function departmentReport(agency: string, shape: DepartmentShape): Report {
  const { disclosed, partial = 0, unprovided = 0, refused = 0, review = [0, 0, 0, 0] } = shape;
  const handled = disclosed + partial + unprovided + refused;
  return sampleReport({
    agency,
    year: shape.year ?? 2025,
    三: {
      "一、本年新收政府信息公开申请数量": row3(handled),
      "二、上年结转政府信息公开申请数量": row3(0),
      "（一）予以公开": row3(disclosed),
      "（二）部分公开（区分处理的，只计这一情形，不计其他情形）": row3(partial),
      "1.本机关不掌握相关政府信息": row3(unprovided),
      "2.没有现成信息需要另行制作": row3(0),
      "2.重复申请": row3(refused),
      "（七）总计": row3(handled),
      "四、结转下年度继续办理": row3(0),
    },
    四: { 行政复议: group4(...review), 未经复议直接起诉: group4(0), 复议后起诉: group4(0) },
  });
}
