/**
 * gd-2023: 履职效能 50 / 管理效率 50, as used by Guangzhou Haizhu (2023) and Leizhou (2024).
 */
import { node, splitLeaves, type Framework } from "./framework";

export const gd2023: Framework = {
  id: "gd-2023",
  title: "广东省部门整体支出绩效评价指标体系（2023版）",
  defaultOutline: "海珠式",
  tree: [
    node("履职效能", 50, [
      node("整体效能", 50, splitLeaves(50, [
        { name: "部门整体绩效目标产出指标完成情况", weight: 20, criteria: "产出指标完成率按比例计分", rule: "按比例 产出指标完成率" },
        { name: "部门整体绩效目标效益指标完成情况", weight: 20, criteria: "效益指标完成率按比例计分", rule: "按比例 效益指标完成率" },
        { name: "部门预算资金支出率", weight: 10, criteria: "部门预算资金支出率=全年实际支出/全年预算数×100%，≥95%得满分，≤60%不得分，其间按比例计分", rule: "下限 部门预算资金支出率 95% 60%" },
      ])),
    ]),
    node("管理效率", 50, [
      node("预算编制", 3, splitLeaves(3, [
        { name: "预算编制约束性", criteria: "年中无资金调剂、追加的得满分，存在调剂或追加的酌情扣分", rule: "扣分" },
      ])),
      node("预算执行", 4, splitLeaves(4, [
        { name: "财务管理合规性", criteria: "财务管理符合规定的得满分，每发现一处问题扣1分", rule: "扣分" },
      ])),
      node("信息公开", 4, splitLeaves(4, [
        { name: "预决算与绩效信息按时公开", criteria: "按时公开预决算和绩效信息的得满分，否则酌情扣分", rule: "扣分" },
      ])),
      node("绩效管理", 15, splitLeaves(15, [
        { name: "绩效管理制度完整性", criteria: "已出台完整的绩效管理制度的得满分，内容有缺漏的酌情扣分", rule: "扣分" },
        { name: "绩效目标明确、细化、量化", criteria: "绩效目标明确、细化、量化的得满分，否则酌情扣分", rule: "扣分" },
      ])),
      node("采购管理", 10, splitLeaves(10, [
        { name: "采购内控制度", criteria: "建立采购内控制度并有效执行的得满分，否则酌情扣分", rule: "扣分" },
        { name: "合同签订与备案", criteria: "按规定签订采购合同并备案的得满分，否则酌情扣分", rule: "扣分" },
        { name: "采购意向公开", criteria: "按规定及时公开采购意向的得满分，否则酌情扣分", rule: "扣分" },
      ])),
      node("资产管理", 10, splitLeaves(10, [
        { name: "定期盘点", criteria: "按规定定期盘点资产的得满分，否则酌情扣分", rule: "扣分" },
        { name: "报废处置", criteria: "资产报废处置程序规范的得满分，否则酌情扣分", rule: "扣分" },
        { name: "巡察问题", criteria: "巡察、审计未发现资产管理问题的得满分，否则酌情扣分", rule: "扣分" },
        { name: "固定资产利用率", criteria: "固定资产利用率=在用固定资产总额/固定资产总额×100%，按比例计分", rule: "按比例 固定资产利用率" },
      ])),
      node("运行成本", 4, splitLeaves(4, [
        { name: '"三公"经费按预算使用', criteria: '"三公"经费实际支出不超过预算的得满分，超出预算不得分', rule: '上限 "三公"经费控制率 100% 100%' },
      ])),
    ]),
  ],
  bonus: [],
};
