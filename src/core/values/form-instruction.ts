/**
 * A form's printed instruction left in a cell where the user's text belongs: "结合自评情况，说明……
 * （200字以内）" (Sichuan's project form), "预算执行率未达到90%的需说明原因" in its 原因 cell. Such a
 * cell is empty as far as the department's answer goes: never quoted as a goal or a reason.
 */
const FORM_INSTRUCTION = /(\d+字以内|不超过\d+字|需说明|请说明|请填写|请简要|对照.{0,20}(说明|填写)|结合自评情况)/;

export function isFormInstruction(text: string): boolean {
  return FORM_INSTRUCTION.test(text);
}
