/**
 * The words of the steps every guide shares, once, in both languages: the scam check, the
 * charge check, the 10-second look, the "message is gone" step, the tamper alarm and its stop, the
 * network checks, the 75 / 38 answer and the ends they lead to. A guide spreads `sharedText(lang)` into
 * its `states` and overrides an entry only where it truly needs its own words.
 *
 * One rule everywhere (DOMAIN.md): a caller who asks for a password, a PIN, a card number or the
 * serial number gets nothing; when the merchant calls the number on the contract or the label,
 * they may give the serial number, merchant and terminal numbers — never a password.
 */
import type { Lang, StepText } from '../types';

export type SharedStepId =
  | 'screenGone'
  | 'lookCheck'
  | 'scamCall'
  | 'scamWarning'
  | 'scamGaveInfo'
  | 'scamReport'
  | 'escalatedScam'
  | 'wasCharged'
  | 'alreadyPaid'
  | 'checkCharge'
  | 'stopTamper'
  | 'escalatedTamper'
  | 'network'
  | 'shopOnline'
  | 'fixRouter'
  | 'fixTerminalLink'
  | 'customerPinTries'
  | 'notTerminalFault'
  | 'resolved';

/**
 * Lines every stop step and hand-off says, once (the guides' own steps use them too).
 * `lastSale`: whether a customer paying just now has paid is settled by the terminal's or the
 * merchant app's record, never by the customer's SMS or a screenshot (fake debit messages are a
 * known counter scam). `reversed`, in the same steps' `more`: a sale not recorded as successful is
 * normally reversed by itself (DOMAIN.md).
 * `payAnotherWay`: the one line, on every stop step and hand-off, for taking payment while the
 * terminal is down. End screens do not show the "queue waiting?" panel, so the line itself limits
 * what is noted to collect later: the amount and a contact, never the card number.
 */
export const stopLines: Record<
  Lang,
  { lastSale: string; reversed: string; payAnotherWay: string }
> = {
  zh: {
    lastSale: '刚才有顾客在付款：以商户App为准，不看短信或截图。没显示成功的，请他换种方式付。',
    reversed: '没显示成功的那一笔，顾客那边就算扣了款，一般也会自动退回（冲正）。',
    payAnotherWay: '现在先扫码或收现金；也可以记下金额和顾客的联系方式，修好再收，不记卡号。',
  },
  en: {
    lastSale:
      'A customer was paying just now? Go by the merchant app, not an SMS or a screenshot. Not shown as successful: they pay another way.',
    reversed:
      'A sale not shown as successful is normally reversed (冲正), even if the customer’s bank shows a debit.',
    payAnotherWay:
      'For now take QR-code or cash payments, or note the amount and the customer’s contact and collect later; never the card number.',
  },
};
const zhStop = stopLines.zh;
const enStop = stopLines.en;

/**
 * The tamper alarm, once: the first question's choice (the alarms as the terminal shows them,
 * Ingenico's "Alert Irruption!", Adyen's "Tampered": DOMAIN.md, outside facts) and the lines of
 * the tamper stop that a guide with its own stop step (PIN entry's also stops PIN entry) reuses.
 * And the tamper question every guide asks (key error: could the key be exposed): a stranger
 * handling it alone, an unannounced visit — not "out of your sight", since every terminal is out
 * of sight overnight. `question` / `questionPinPad` (PIN entry names the PIN pad too), `visit`,
 * `overnight` and `summary` are its words; each guide adds one line of why it asks.
 */
export const tamperLines: Record<
  Lang,
  {
    alarmChoice: string;
    keepSafe: string;
    noRetries: string;
    untilReplaced: string;
    question: string;
    questionPinPad: string;
    visit: string;
    overnight: string;
    summary: string;
  }
> = {
  zh: {
    question: '最近POS机摔过、进过水、被打开过，或有陌生人单独碰过它吗？',
    questionPinPad: '最近POS机或密码键盘摔过、进过水、被打开过，或有陌生人单独碰过吗？',
    visit: '比如没打招呼就上门的“维修员”或“银行人员”，或卡槽里多了东西。',
    overnight: '只是晚上锁在店里，不算。',
    summary: '是否摔过、进水、被打开，或有陌生人单独碰过',
    alarmChoice: '屏幕报警说POS机被拆过或被人动过（可能是英文，如 Tampered、Alert Irruption!）',
    keepSafe: '关机，放在身边保管好。不要打开机壳，不要往卡槽里掏东西。',
    noRetries: '不要反复重启或输密码。',
    untilReplaced: '服务商换机或重新激活之后，才能再刷卡。',
  },
  en: {
    question:
      'Recently, was the terminal dropped, wet or opened, or did a stranger handle it alone?',
    questionPinPad:
      'Recently, was the terminal or the PIN pad dropped, wet or opened, or did a stranger handle it alone?',
    visit:
      'For example an unannounced “technician” or “bank staff” visit, or something added to the card slot.',
    overnight: 'Being left in the locked shop overnight does not count.',
    summary: 'Dropped, wet, opened, or handled by a stranger alone',
    alarmChoice:
      'The screen warns it was opened or tampered with (may be in English, e.g. “Tampered”, “Alert Irruption!”)',
    keepSafe:
      'Switch it off and keep it with you. Do not open the case or poke into the card slot.',
    noRetries: 'Do not keep restarting it or typing PINs or passwords.',
    untilReplaced: 'Take cards again only after the provider has replaced or reactivated it.',
  },
};
const zhTamper = tamperLines.zh;
const enTamper = tamperLines.en;

/**
 * Lines of the network remedies that a guide with its own remedy text (the key error's ends with
 * a sign-in) reuses. DOMAIN.md: the merchant checks what the provider set up (the usual Wi-Fi,
 * the cable, the terminal at its registered place: a moved terminal may be locked, 移机) and
 * changes nothing else; the router is unplugged only when no other terminal is mid-sale.
 */
export const networkLines: Record<Lang, { routerFirst: string; cableWifi: string; moved: string }> =
  {
    zh: {
      routerFirst: '先确认店里没有别的POS机正在收款。',
      cableWifi: '网线两头插牢；Wi-Fi 不是平时那个，就在列表里点回去。',
      moved: 'POS机搬过地方的：拿回登记的营业地址再试，或请服务商重新登记。',
    },
    en: {
      routerFirst: 'First make sure no other terminal in the shop is in the middle of a sale.',
      cableWifi: 'Cable in at both ends; on another Wi-Fi, pick the usual one from the list.',
      moved:
        'If the terminal has been moved: take it back to its registered business address and try again, or ask your provider to re-register it.',
    },
  };
const zhNet = networkLines.zh;
const enNet = networkLines.en;

const zh: Record<SharedStepId, StepText> = {
  screenGone: {
    heading: '没看清也没关系，先做几步简单的',
    body: [
      '现在还看得到提示：先拍下来，点本页下面的“添加备注”加上照片。',
      '已经没了：下次再出现，先用手机拍下屏幕，服务商一看就懂。',
    ],
    choices: { next: '开始检查' },
    summary: '没看清提示，或提示已经消失',
  },
  lookCheck: {
    heading: '花 10 秒看一眼：有裂缝、封条破了，或卡槽、密码键盘上多了东西吗？',
    body: [
      '看机壳有没有裂缝，螺丝上的封条贴纸有没有破。',
      '看卡槽口和密码键盘上有没有多出来的东西（多贴的一层、翘起或松动的按键）。只看，不要掏。',
      '什么都没看到、还是不放心：先做简单的几步，最后把这页记录发给服务商，请他们看一眼。',
    ],
    choices: {
      'answer.yes': '看到了，或有可疑的地方',
      'answer.no': '都没有',
      'answer.unsure': '什么都没看到，但还是不放心',
    },
    summary: '看了 10 秒：裂缝、封条、卡槽、密码键盘',
  },
  scamCall: {
    heading: '最近有人来电或发短信，说POS机要“升级”吗？',
    body: ['也包括换密钥、要被“停用”。对方常自称总部、客服或“银联中心”。'],
    more: ['常见说法：回复1、点链接、报出序列号和密码“远程维修”、交“升级费”、低价换新机。'],
    summary: '是否有人来电或发短信说要“升级”',
  },
  scamWarning: {
    heading: '先当作诈骗：什么都不要给',
    body: [
      '挂断电话。不回短信，不点链接，不付钱。',
      '来电的人要密码、卡号或序列号，一律不给。',
      '要核实，挂断后自己拨合同上或机身标签上的服务商电话。',
    ],
    more: [
      '你自己拨这个号码时，可以报序列号、商户号和终端号；密码永远不说。',
      '“低价换新机”也是同一种骗局。',
    ],
    choices: { next: '明白' },
    summary: '已把来电或短信当作诈骗',
  },
  scamGaveInfo: {
    heading: '你已经给过对方什么，或点过他的链接吗？',
    body: ['密码、卡号、序列号、验证码或钱都算。', '说实话就好。越早处理，损失越小。'],
    summary: '是否已向骗子提供信息',
  },
  scamReport: {
    heading: '停止刷卡，马上报告',
    body: [
      '自己拨合同上或机身标签上的服务商电话，说明经过。',
      '转了钱，或给了卡号、密码：打 110 报警，也打反诈专线 96110。',
      zhStop.lastSale,
    ],
    more: [
      '服务商确认安全之前，不要用这台POS机刷卡。',
      '给出去的是顾客的卡号：请顾客马上联系他的发卡银行。',
      zhStop.reversed,
    ],
    ready: ['对方的电话号码或短信', '你给了什么、什么时候给的', '机身标签上的序列号（S/N）'],
    choices: { next: '知道了' },
    summary: '已向骗子提供信息，已停止刷卡',
  },
  escalatedScam: {
    heading: '请服务商处理，并报警',
    body: [
      '服务商确认安全之前，不要用这台POS机刷卡。',
      '转了钱，或给了卡号、密码：打 110 报警，也打反诈专线 96110。',
      zhStop.payAnotherWay,
    ],
  },
  wasCharged: {
    heading: '刚才那笔，POS机记录的是交易成功吗？',
    body: [
      '按时间和金额找这一笔：POS机上的「交易查询」或「重打印末笔」（如果有），或服务商的商户App。',
      '顾客的银行短信或截图不算数：假扣款短信是常见的骗局。',
      'POS机显示失败、顾客却说扣了钱：一般会自动退回（冲正）。请他换种方式付，你记下时间和金额。',
    ],
    more: ['几天内还没退回，请服务商核查这一笔。'],
    choices: {
      'answer.yes': '显示成功',
      'answer.no': '显示失败，或当时没在收款',
      'answer.unsure': '查不到',
    },
    summary: 'POS机记录的末笔是否成功',
  },
  alreadyPaid: {
    heading: '已经成功：不要再收一次',
    body: [
      'POS机记录这笔成功，顾客已经付了。不要再刷他的卡，也不要让他扫码再付。',
      '留好小票（可以重打印）。',
      '然后继续排查，好让下一位顾客能付款。',
    ],
    choices: { next: '继续' },
    summary: '末笔成功：没有再收',
  },
  checkCharge: {
    heading: '查不到成功的记录：按没付成处理',
    body: [
      'POS机没显示成功，就当这笔没付成：请顾客扫码或付现金。',
      '记下时间和金额。顾客那边扣了款，一般会自动退回；几天内没退，请服务商核查。',
      '不要凭顾客的短信或截图判断。',
    ],
    more: ['之后在商户App里看到这笔其实成功了，就把顾客另付的钱退给他。'],
    choices: { next: '继续' },
    summary: '查不到末笔：按没付成处理，已记下时间和金额',
  },
  stopTamper: {
    heading: '停止使用这台POS机',
    body: [
      '它可能被拆过或被人动过，支付密钥可能已被清除。这种锁在柜台解不开。',
      zhTamper.keepSafe,
      zhStop.lastSale,
    ],
    more: [zhStop.reversed, zhTamper.noRetries, zhStop.payAnotherWay, zhTamper.untilReplaced],
    choices: { next: '知道了' },
    summary: '已停止使用，POS机已关机保管',
  },
  escalatedTamper: {
    heading: '请服务商换机或重新激活',
    body: [
      '这台POS机在柜台解不开，也不能再刷卡。',
      '告诉服务商屏幕上的报警（如果有），以及它有没有摔过、拆过、进水或被陌生人碰过。',
      '不要打开机壳，不要自己修。',
    ],
    more: ['服务商会更换机器，或重新激活并重新灌装密钥。'],
  },
  network: {
    heading: 'POS机显示已联网吗？',
    body: ['看屏幕上的信号或 Wi-Fi 图标。'],
    choices: { 'answer.yes': '有信号', 'answer.no': '没有信号', 'answer.unsure': '看不出' },
    summary: 'POS机是否显示已联网',
  },
  shopOnline: {
    heading: '店里的手机或电脑能上网吗？',
    body: [
      '拿一部手机，关掉流量，连上POS机用的那个路由器的 Wi-Fi，打开一个网页。',
      'POS机用自己的 SIM 卡（流量）上网的：选“能上网”，接着查POS机。',
    ],
    choices: { 'answer.yes': '能上网', 'answer.no': '也上不了', 'answer.unsure': '不知道' },
    summary: '店里其他设备能否上网',
  },
  fixRouter: {
    heading: '重启店里的路由器',
    body: [
      zhNet.routerFirst,
      '拔掉路由器电源，等 30 秒，再插上。',
      '等指示灯正常（约 2 分钟），再试一笔。',
    ],
    more: ['还是不通，就联系你的宽带或网络运营商。', '不要自己改POS机的网络设置。'],
    fixedLooksLike: '信号图标正常，下一笔刷卡能成功。',
    summary: '重启路由器',
  },
  fixTerminalLink: {
    heading: '只有POS机上不了网：查网线、Wi-Fi 和地点',
    body: [zhNet.cableWifi, zhNet.moved, '然后关机，等 10 秒，再开机。'],
    more: [
      'SIM 卡的事问服务商，不要为看 SIM 卡打开机壳。',
      '除了点回平时的 Wi-Fi，POS机的网络设置都不要自己改，等服务商告诉你怎么改。',
    ],
    fixedLooksLike: '信号图标正常，下一笔刷卡能成功。',
    summary: '检查POS机的网线、Wi-Fi 和地点并重启',
  },
  customerPinTries: {
    heading: '请顾客换一种方式付款',
    terminalText: ['密码输入次数超限'],
    body: [
      '75 或 38：这张卡的密码输错太多次，被顾客的发卡银行限制了。不是POS机坏了。',
      '不要再用这张卡试。请顾客换卡、扫码或付现金。',
      '解除限制，要顾客自己联系发卡银行（卡背面有电话）。',
    ],
    more: ['你和服务商都解不开这个限制。', '不要问顾客的密码，也不要把卡号或密码输进本应用。'],
    choices: { next: '明白了' },
    summary: '75/38：顾客的卡密码次数用完（不是POS机故障）',
  },
  notTerminalFault: {
    heading: 'POS机不用修，继续收款',
    body: ['POS机没有坏，其他顾客可以照常刷卡。', '如果POS机自己出了问题，再打开这个向导。'],
  },
  resolved: {
    heading: '好了，问题解决了',
    body: ['可以继续收款了。', '如果再出现，再打开这个向导。'],
  },
};

const en: Record<SharedStepId, StepText> = {
  screenGone: {
    heading: 'Did not see it? Start with a few simple steps',
    body: [
      'If the message is still there, photograph it now and add it with “Add a note” below.',
      'If it is gone: next time, take a photo of the screen first. Your provider understands it at a glance.',
    ],
    choices: { next: 'Start the checks' },
    summary: 'Did not see the message, or it is gone',
  },
  lookCheck: {
    heading:
      'Look for 10 seconds: a crack, a broken seal, or something added to the card slot or PIN pad?',
    body: [
      'Look for cracks in the case, and whether the seal sticker over the screws is torn.',
      'Look at the card slot and the PIN pad for anything added (an extra layer, raised or loose keys). Only look: do not poke inside.',
      'Nothing seen but still uneasy? Go on with the simple steps; at the end, send this page’s record to your provider and ask them to take a look.',
    ],
    choices: {
      'answer.yes': 'I see one, or something odd',
      'answer.no': 'None of these',
      'answer.unsure': 'Nothing seen, but still unsure',
    },
    summary: '10-second look: cracks, seal, card slot, PIN pad',
  },
  scamCall: {
    heading: 'Recently, did someone call or text about an “upgrade” of your terminal?',
    body: [
      'Also: a new key, or it will be “suspended”. They often say they are head office, customer service or the “UnionPay centre”.',
    ],
    more: [
      'Typical: reply 1, open a link, read out the serial number and password “for remote repair”, pay an “upgrade fee”, a cheap new terminal.',
    ],
    summary: 'A call or text about an “upgrade”',
  },
  scamWarning: {
    heading: 'Treat it as a scam: give them nothing',
    body: [
      'Hang up. Do not reply, open links or pay.',
      'A caller who asks for a password, PIN, card number or the serial number gets nothing.',
      'To check, hang up and call the provider number on your contract or the terminal label yourself.',
    ],
    more: [
      'When you call that number yourself, you may give the serial, merchant and terminal numbers. Never a password.',
      'A “cheap new terminal” offer is the same scam.',
    ],
    choices: { next: 'Understood' },
    summary: 'Treated the call or text as a scam',
  },
  scamGaveInfo: {
    heading: 'Did you already give them anything, or open their link?',
    body: [
      'A password, card number, serial number, an SMS code or money all count.',
      'Be honest. The sooner it is dealt with, the less you lose.',
    ],
    summary: 'Gave the caller information',
  },
  scamReport: {
    heading: 'Stop taking cards and report it now',
    body: [
      'Call the provider number on your contract or the terminal label yourself. Tell them what happened.',
      'If you sent money or gave a card number or password: call the police on 110 and the anti-fraud hotline 96110.',
      enStop.lastSale,
    ],
    more: [
      'Take no card payments on this terminal until your provider says it is safe.',
      'If a customer’s card number was given, the customer must call their bank now.',
      enStop.reversed,
    ],
    ready: [
      'The caller’s number or the text',
      'What you gave, and when',
      'The serial number on the terminal’s label (S/N)',
    ],
    choices: { next: 'Understood' },
    summary: 'Gave information to a scammer; stopped card payments',
  },
  escalatedScam: {
    heading: 'Report it to your provider and the police',
    body: [
      'Take no card payments on this terminal until your provider says it is safe.',
      'If you sent money or gave a card number or password: call the police on 110 and the anti-fraud hotline 96110.',
      enStop.payAnotherWay,
    ],
  },
  wasCharged: {
    heading: 'That sale: does the terminal record it as successful?',
    body: [
      'Find this sale by its time and amount: 「交易查询」 (transaction query) or 「重打印末笔」 (reprint last) on the terminal, if it has them, or your provider’s merchant app.',
      'The customer’s bank SMS or a screenshot does not count: fake debit messages are a known counter scam.',
      'Failed on the terminal but the customer says money was taken? It is normally reversed (冲正): they pay another way; you note the time and amount.',
    ],
    more: ['If the money is not back within a few days, ask your provider to check that sale.'],
    choices: {
      'answer.yes': 'Successful',
      'answer.no': 'Failed, or no sale was running',
      'answer.unsure': 'Cannot see it',
    },
    summary: 'Last sale recorded as successful',
  },
  alreadyPaid: {
    heading: 'It went through: do not take it again',
    body: [
      'The terminal records this sale as successful: the customer has paid. Do not charge the card again or ask for a QR payment.',
      'Keep the slip (reprint it if needed).',
      'Then go on, so the next customer can pay.',
    ],
    choices: { next: 'Go on' },
    summary: 'Last sale successful: not taken again',
  },
  checkCharge: {
    heading: 'No record of success: count it as unpaid',
    body: [
      'The terminal did not show it as successful, so count it as not paid: the customer pays by QR code or cash.',
      'Note the time and amount. A debit on their side is normally reversed by itself; if it is not back in a few days, ask your provider to check.',
      'Do not decide by the customer’s SMS or a screenshot.',
    ],
    more: [
      'If the merchant app later shows this sale as successful, give the customer back the second payment.',
    ],
    choices: { next: 'Go on' },
    summary: 'Last sale not found: counted as unpaid, time and amount noted',
  },
  stopTamper: {
    heading: 'Stop using this terminal',
    body: [
      'It may have been opened or tampered with; its payment keys may already be erased. This lock cannot be cleared at the counter.',
      enTamper.keepSafe,
      enStop.lastSale,
    ],
    more: [enStop.reversed, enTamper.noRetries, enStop.payAnotherWay, enTamper.untilReplaced],
    choices: { next: 'Understood' },
    summary: 'Stopped using it, switched off and kept safe',
  },
  escalatedTamper: {
    heading: 'Ask your provider to replace or reactivate the terminal',
    body: [
      'This terminal cannot be unlocked at the counter and must take no cards.',
      'Tell them the alarm on the screen, if any, and whether it was dropped, opened, wet or handled by a stranger.',
      'Do not open the case. Do not repair it yourself.',
    ],
    more: ['The provider replaces it, or reactivates it and loads new keys.'],
  },
  network: {
    heading: 'Does the terminal show it is online?',
    body: ['Look at the signal or Wi-Fi icon on its screen.'],
    choices: {
      'answer.yes': 'It shows signal',
      'answer.no': 'No signal',
      'answer.unsure': 'Cannot tell',
    },
    summary: 'Terminal shows it is online',
  },
  shopOnline: {
    heading: 'Do the phones or computers in the shop get online?',
    body: [
      'Take a phone, turn its mobile data off, join the Wi-Fi of the router the terminal uses, and open a web page.',
      'If the terminal goes online by its own SIM card (mobile data): choose “They get online” and check the terminal next.',
    ],
    choices: {
      'answer.yes': 'They get online',
      'answer.no': 'They do not either',
      'answer.unsure': 'Do not know',
    },
    summary: 'Other devices in the shop online',
  },
  fixRouter: {
    heading: 'Restart the shop’s router',
    body: [
      enNet.routerFirst,
      'Unplug the router, wait 30 seconds, plug it back in.',
      'Wait until its lights are normal (about 2 minutes), then try a sale.',
    ],
    more: [
      'Still no network: contact your broadband or network operator.',
      'Do not change the terminal’s network settings yourself.',
    ],
    fixedLooksLike: 'The signal icon is back, and the next card sale goes through.',
    summary: 'Restarted the router',
  },
  fixTerminalLink: {
    heading: 'Only the terminal is offline: check its cable, Wi-Fi and place',
    body: [enNet.cableWifi, enNet.moved, 'Then switch it off, wait 10 seconds, switch it on.'],
    more: [
      'For the SIM card ask your provider; never open the case to look at it.',
      'Apart from picking the usual Wi-Fi again, change none of the terminal’s network settings until your provider tells you how.',
    ],
    fixedLooksLike: 'The signal icon is back, and the next card sale goes through.',
    summary: 'Checked the terminal’s cable, Wi-Fi and place, and restarted',
  },
  customerPinTries: {
    heading: 'Ask the customer to pay another way',
    terminalText: ['密码输入次数超限'],
    body: [
      '75 or 38: this card’s PIN was typed wrong too often and the customer’s bank has blocked it. The terminal is fine.',
      'Do not try this card again. Ask for another card, a QR-code payment or cash.',
      'To clear it, the customer contacts their bank (the number on the back of the card).',
    ],
    more: [
      'Neither you nor your provider can clear it.',
      'Never ask for the customer’s PIN. Never type a card number or PIN into this app.',
    ],
    choices: { next: 'Understood' },
    summary: '75/38: customer’s PIN tries used up (not a terminal fault)',
  },
  notTerminalFault: {
    heading: 'The terminal needs no repair: carry on',
    body: [
      'The terminal is not faulty: other customers can pay by card as usual.',
      'If the terminal itself acts up, open this guide again.',
    ],
  },
  resolved: {
    heading: 'Fixed',
    body: ['You can take payments again.', 'If it comes back, open this guide again.'],
  },
};

/**
 * The end of a fixed run in the tamper guides after "nothing seen, still unsure" at the look
 * (`resolvedTellProvider`): the doubt goes to the provider with the record, as the look promised.
 */
export const doubtEnd: Record<Lang, StepText> = {
  zh: {
    heading: '好了，也请服务商看一眼',
    body: [
      '可以继续收款了。如果再出现，再打开这个向导。',
      '你对POS机有没有被人动过还不放心：用下面的“故障报告”把记录发给服务商，请他们看一眼。',
      '有人上门说来检查：先打合同上的电话核实，再让他碰POS机。',
    ],
  },
  en: {
    heading: 'Fixed — now let your provider take a look',
    body: [
      'You can take payments again. If it comes back, open this guide again.',
      'You were not sure whether someone tampered with it: send your provider the record (the report below) and ask them to take a look.',
      'Someone comes to “check it”? Call the number on your contract to check before they touch it.',
    ],
  },
};

/** The shared steps' words in one language, to spread into a guide's `states`. */
export function sharedText(lang: Lang): Record<SharedStepId, StepText> {
  return lang === 'zh' ? zh : en;
}

/**
 * The network remedies for a guide whose network checks come after a failed sign-in (key error,
 * communication failure): no sale goes through until a sign-in does, so each ends with a new one.
 */
export function signInNetworkFixes(lang: Lang) {
  const { fixRouter, fixTerminalLink } = sharedText(lang);
  const net = networkLines[lang];
  return lang === 'zh'
    ? {
        fixRouter: {
          ...fixRouter,
          body: [
            net.routerFirst,
            '拔掉路由器电源，等 30 秒，再插上。',
            '等指示灯正常（约 2 分钟），再在POS机上做一次「签到」。',
          ],
          fixedLooksLike: '信号图标正常，签到成功，下一笔刷卡能成功。',
        },
        fixTerminalLink: {
          ...fixTerminalLink,
          body: [net.cableWifi, net.moved, '然后关机，等 10 秒，再开机，再做一次「签到」。'],
          fixedLooksLike: '信号图标正常，签到成功，下一笔刷卡能成功。',
        },
      }
    : {
        fixRouter: {
          ...fixRouter,
          body: [
            net.routerFirst,
            'Unplug the router, wait 30 seconds, plug it back in.',
            'When its lights are normal (about 2 minutes), do the sign-in (「签到」) on the terminal again.',
          ],
          fixedLooksLike:
            'The signal icon is back, the sign-in succeeds, and the next card sale goes through.',
        },
        fixTerminalLink: {
          ...fixTerminalLink,
          body: [
            net.cableWifi,
            net.moved,
            'Then switch it off, wait 10 seconds, switch it on, and do the sign-in (「签到」) again.',
          ],
          fixedLooksLike:
            'The signal icon is back, the sign-in succeeds, and the next card sale goes through.',
        },
      };
}
