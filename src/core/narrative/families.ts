/**
 * Indicator families and the reports' phrases for their problems and measures. A deduction in
 * 采购管理 yields a 采购管理 problem and the matching measure; the specifics come from the
 * 扣分原因 the department wrote, never from here.
 */
export interface Family {
  readonly id: string;
  /** Matched against the indicator's path (一级/二级/三级 names). */
  readonly match: RegExp;
  readonly problem: string;
  readonly measure: string;
}

export const FAMILIES: readonly Family[] = [
  { id: "procurement", match: /采购/, problem: "政府采购管理工作有待加强", measure: "加强政府采购工作管理，按规定及时公开采购意向，加强对采购合同签订、备案的时效性和合法性的监督" },
  { id: "assets", match: /资产/, problem: "资产管理有待加强", measure: "强化资产管理意识，定期对固定资产进行盘点，及时处置闲置资产，提升固定资产利用率" },
  { id: "disclosure", match: /信息公开|公开/, problem: "信息公开的及时性和完整性有待提高", measure: "严格按照规定时限和内容公开预决算及绩效信息，做到应公开尽公开" },
  { id: "performance", match: /绩效管理|绩效自评|目标设置|绩效目标|绩效指标/, problem: "绩效管理制度和绩效目标设置有待完善", measure: "健全绩效管理制度，细化、量化绩效目标，加强绩效运行监控和结果应用" },
  { id: "budgeting", match: /预算编制/, problem: "预算编制的科学性和精准性有待提高", measure: "加强预算编制管理，做实做细项目库，提高预算编制的科学性和准确性，减少年中调剂和追加" },
  { id: "execution", match: /预算执行|支出管理|支出率|支出完成率|预算完成率|执行率|结转|存量/, problem: "预算执行和资金管理有待加强", measure: "加强预算执行管理，遵循“时间过半、资金过半”的原则，加快资金分配和支付进度，提高财政资金使用效益" },
  { id: "controls", match: /保障措施|制度|财务管理|合规/, problem: "内部控制和财务管理制度有待完善", measure: "健全内部控制和财务管理制度，严格按制度审批和支付，确保资金使用合规" },
  { id: "projects", match: /项目/, problem: "项目管理有待规范", measure: "规范项目申报、审批和实施程序，加强项目全过程跟踪监管" },
  { id: "cost", match: /运行成本|经济性|三公/, problem: "运行成本控制有待加强", measure: "严格控制“三公”经费等一般性支出，坚持厉行节约，确保按预算使用" },
  { id: "fairness", match: /公平性|满意度|信访/, problem: "服务对象满意度有待提升", measure: "畅通群众意见反映渠道，及时办理群众诉求，提升服务质量和满意度" },
  { id: "results", match: /整体效能|履职|效率性|效果性|产出|效益|重点工作/, problem: "部分绩效目标和重点工作完成情况不够理想", measure: "加强对重点工作和绩效目标完成情况的跟踪督促，确保按时保质完成" },
];

export function familyOf(path: readonly string[]): Family {
  // The most specific name decides: 管理效率/采购管理 is about procurement, not management.
  for (let i = path.length - 1; i >= 0; i--) {
    const f = FAMILIES.find((x) => x.match.test(path[i]));
    if (f) return f;
  }
  return FAMILIES[FAMILIES.length - 1];
}
