// Ribbon commands. In the shared runtime they run beside the pane, so 校验 opens the pane and
// hands the work to it rather than keeping a second copy of the checking.
import { CHECK_EVENT } from "./check-event";

async function checkReport(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
    window.dispatchEvent(new Event(CHECK_EVENT));
  } finally {
    event.completed();
  }
}

Office.onReady(() => {
  Office.actions.associate("checkReport", checkReport);
});
