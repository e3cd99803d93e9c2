/** The ribbon's 校验 command reaches the pane through this window event (both live in the shared runtime). */
export const CHECK_EVENT = "nianbao:check";
