// What the console shows for the codes the server sends: handoff reasons (HandoffReasons, handbook H3) and statuses
// (HandoffStatus), in both languages at once like the rest of the staff pages. A code without a label shows as itself.
"use strict";
const Labels = (() => {
  const reasons = {
    shopper_request: "顾客要求人工 Asked for a person",
    angry_or_complaint: "不满或投诉 Upset / complaint",
    bot_failed_twice: "机器人两次未答上 Bot missed twice",
    compensation_claim: "要求赔偿 Compensation claim",
    damaged_goods: "商品破损 Damaged item",
    stalled_parcel: "包裹停滞 Stalled parcel",
    special_invoice: "专用发票 Special VAT invoice",
    safety: "安全问题 Safety report",
    legal: "法律问题 Legal matter",
  };
  const statuses = {
    waiting: "等待中 Waiting",
    active: "处理中 Active",
    resolved: "已解决 Resolved",
    returned: "已交还机器人 Returned to bot",
  };
  return {
    reasons,
    statuses,
    reason: (code) => reasons[code] || code,
    status: (code) => statuses[code] || code,
  };
})();
