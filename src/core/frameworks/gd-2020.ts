/**
 * gd-2020: 预算编制 20 / 预算执行 40 / 预算监督 10 / 预算使用效益 30 (+ 加分), as printed in the
 * Zhanjiang reports. 二级 weights are official; 三级 weights are an editable proposal.
 */
import { node, splitLeaves, type Framework } from "./framework";

export const gd2020: Framework = {
  id: "gd-2020",
  title: "广东省部门整体支出绩效评价指标体系（2020版）",
  defaultOutline: "湛江式",
  tree: [
    node("预算编制", 20, [
      node("预算编制", 12, splitLeaves(12, [
        { name: "预算编制合理性", criteria: "预算编制科学、合理，与部门职能和年度工作相匹配的得满分，每发现一处问题扣1分", rule: "扣分" },
        { name: "预算编制规范性", criteria: "预算编制符合规定程序、内容完整的得满分，每发现一处问题扣1分", rule: "扣分" },
        { name: "财政拨款收入预决算差异率", criteria: "财政拨款收入预决算差异率=(决算数-预算数)/预算数×100%，差异率越小得分越高", rule: "手工" },
      ])),
      node("目标设置", 8, splitLeaves(8, [
        { name: "绩效目标合理性", criteria: "绩效目标与部门职能、中长期规划相符的得满分，否则酌情扣分", rule: "扣分" },
        { name: "绩效指标明确性", criteria: "绩效指标细化、量化、可衡量的得满分，否则酌情扣分", rule: "扣分" },
      ])),
    ]),
    node("预算执行", 40, [
      node("保障措施", 2, splitLeaves(2, [
        { name: "制度健全性", criteria: "已制定预算资金管理、财务管理等制度并有效执行的得满分，否则酌情扣分", rule: "扣分" },
      ])),
      node("支出管理", 21, splitLeaves(21, [
        { name: "支出完成率", criteria: "支出完成率=实际支出/(本年财政下达预算数+上年结转)×100%，≥95%得满分，≤60%不得分，其间按比例计分", rule: "下限 支出完成率 95% 60%" },
        { name: "结转结余率", criteria: "结转结余率=年末结转结余/本年财政下达预算数×100%，≤5%得满分，≥15%不得分，其间按比例计分", rule: "上限 结转结余率 5% 15%" },
        { name: "国库集中支付结转结余存量资金效率性", criteria: "存量资金比上年末减少的得满分，增加30%及以上不得分，其间按比例计分", rule: "上限 存量资金效率性 0% 30%" },
        { name: "政府采购执行率", criteria: "政府采购执行率=实际采购金额/政府采购计划金额×100%，按比例计分", rule: "按比例 政府采购执行率" },
        { name: "支出合规性", criteria: "支出符合财经法规和财务制度的得满分，每发现一处违规扣1分", rule: "扣分" },
      ])),
      node("项目管理", 10, splitLeaves(10, [
        { name: "项目实施程序", criteria: "项目按规定程序申报、审批、实施的得满分，否则酌情扣分", rule: "扣分" },
        { name: "项目监管", criteria: "对项目实施有效监管的得满分，否则酌情扣分", rule: "扣分" },
      ])),
      node("资产管理", 7, splitLeaves(7, [
        { name: "资产管理规范性", criteria: "资产配置、使用、处置规范，账实相符的得满分，否则酌情扣分", rule: "扣分" },
        { name: "固定资产利用率", criteria: "固定资产利用率=在用固定资产总额/固定资产总额×100%，按比例计分", rule: "按比例 固定资产利用率" },
      ])),
    ]),
    node("预算监督", 10, [
      node("信息公开", 7, splitLeaves(7, [
        { name: "预决算信息公开", criteria: "按规定时间和内容公开部门预决算信息的得满分，否则酌情扣分", rule: "扣分" },
      ])),
      node("绩效自评", 3, splitLeaves(3, [
        { name: "自评工作组织", criteria: "成立自评工作组、按要求开展自评的得满分，否则酌情扣分", rule: "扣分" },
        { name: "材料报送及时性与质量", criteria: "按时报送自评材料且内容完整、数据准确的得满分，否则酌情扣分", rule: "扣分" },
      ])),
    ]),
    node("预算使用效益", 30, [
      node("经济性", 4, splitLeaves(4, [
        { name: '"三公"经费控制', criteria: '"三公"经费实际支出不超过预算的得满分，超出预算不得分', rule: '上限 "三公"经费控制率 100% 100%' },
      ])),
      node("效率性", 11, splitLeaves(11, [
        { name: "重点工作完成率", weight: 5, criteria: "重点工作完成率=各项重点工作完成率的平均值，按比例计分", rule: "按比例 重点工作完成率" },
        { name: "绩效目标完成率", criteria: "部门整体绩效目标全部完成的得满分，否则按比例计分", rule: "扣分" },
        { name: "按时完成率", criteria: "重点工作按时完成的得满分，否则按比例计分", rule: "扣分" },
      ])),
      node("效果性", 10, splitLeaves(10, [
        { name: "经济效益", criteria: "履职产生明显经济效益的得满分，否则酌情扣分", rule: "扣分" },
        { name: "社会效益", criteria: "履职产生明显社会效益的得满分，否则酌情扣分", rule: "扣分" },
        { name: "生态效益", criteria: "履职产生明显生态效益的得满分，否则酌情扣分", rule: "扣分" },
      ])),
      node("公平性", 5, splitLeaves(5, [
        { name: "群众信访办理", criteria: "群众信访按时办结的得满分，否则酌情扣分", rule: "扣分" },
        { name: "公众或服务对象满意度", criteria: "满意度调查结果按比例计分", rule: "按比例 满意度" },
      ])),
    ]),
  ],
  bonus: [{ name: "工作表现加分", criteria: "工作得到上级肯定、表彰的酌情加分" }],
};
