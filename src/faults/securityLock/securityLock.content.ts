/** Display text of the security-lock guide, keyed by state id, in both languages. */
import type { GuideText } from '../types';

export const securityLockZh: GuideText = {
  title: '安全锁定',
  terminalMessage: '安全锁定',
  meaning: '终端把自己锁住了，暂时不能交易。最常见的原因是密码输错太多次。',
  states: {
    screen: {
      heading: '终端屏幕上显示的是哪一种？',
      body: ['对照屏幕，选最接近的一项。'],
      choices: {
        'screen.securityLock': '安全锁定',
        'screen.alertIrruption': 'Alert Irruption!（防拆报警）',
        'screen.tampered': 'Tampered（防拆报警）',
        'screen.pinTries': '75 或 38 密码输入次数超限',
        'screen.other': '别的提示',
      },
      summary: '屏幕提示',
    },
    customerPinTries: {
      heading: '请顾客换一种方式付款',
      terminalText: ['密码输入次数超限'],
      body: [
        '75 或 38：顾客这张卡的密码输错太多次，被顾客的发卡银行限制了。',
        '这不是终端的锁。你和服务商都解不开。',
        '不要再用这张卡试，试了也不会成功。',
        '请顾客换一张卡、扫码或付现金。',
        '解除限制，要顾客自己联系发卡银行（卡背面有客服电话）。',
        '不要问顾客的密码，也不要把卡号或密码输进本应用。',
      ],
      choices: { next: '明白了' },
      summary: '75/38：顾客的卡密码次数用完（不是终端故障）',
    },
    tamperCheck: {
      heading: '终端最近摔过、被打开过、进过水、卡槽里有异物，或被陌生人动过吗？',
      body: ['这些都可能触发防拆保护。', '不确定也请选“不确定”。'],
      summary: '是否摔过、拆过、进水、卡槽有异物或被陌生人动过',
    },
    stopUsing: {
      heading: '停止使用这台终端',
      body: [
        '终端可能检测到被拆或被动过，支付密钥可能已被清除。',
        '这种锁在柜台解不开。不要反复输密码或重启。',
        '不要打开机壳，也不要往卡槽里掏东西。',
        '关机，放在你身边保管好。',
        '现在请用扫码或手写记账的方式收款。',
        '刚才如有顾客在付款，请他先看银行短信，确认有没有扣款。',
      ],
      fixedLooksLike: '服务商换机或重新激活之后，才能再刷卡。',
      choices: { next: '知道了，联系服务商' },
      summary: '已停止使用，终端已关机保管',
    },
    scamCall: {
      heading: '最近有人来电或发短信，说你的POS机要“升级”或要被“停用”吗？',
      body: [
        '对方可能自称总部、客服或“银联中心”。',
        '比如让你回复1、点链接、报出序列号和密码，或交“升级费”。',
      ],
      summary: '是否接到“升级/停用”的来电或短信',
    },
    scamWarning: {
      heading: '先当作诈骗：什么都不要给',
      body: [
        '挂断电话。不回复，不点链接，不付钱。',
        '不要说出终端序列号、密码或卡号。',
        '“低价换新机”也是同一种骗局。',
        '真的升级不会要卡号、密码、序列号或付钱。',
        '要核实，挂断后自己拨合同上或终端标签上的服务商电话。',
      ],
      choices: { next: '明白' },
      summary: '已把来电或短信当作诈骗',
    },
    scamGaveInfo: {
      heading: '你已经给过对方密码、序列号、验证码或钱，或点过对方的链接吗？',
      body: ['说实话就好。越早告诉服务商，损失越小。'],
      summary: '是否已向骗子提供信息',
    },
    scamReport: {
      heading: '先停止刷卡，再马上联系服务商',
      body: [
        '只拨打合同上或终端标签上的服务商电话，说明被骗的经过。',
        '服务商确认安全之前，不要用这台终端刷卡。',
        '如果给出的是顾客的卡号，请顾客马上联系发卡银行。',
        '如果转了钱，请向公安机关报案。',
      ],
      ready: ['对方的电话号码或短信', '你给了什么、什么时候给的', '终端序列号（机身标签上的 S/N）'],
      fixedLooksLike: '服务商确认终端安全之后，才能再刷卡。',
      choices: { next: '知道了，联系服务商' },
      summary: '已向骗子提供信息，已停止刷卡',
    },
    wasCharged: {
      heading: '锁定时正在收的那笔，顾客的卡被扣钱了吗？',
      body: ['先弄清楚，免得重复扣款。'],
      choices: { 'answer.no': '没有扣款，或当时没在收款' },
      summary: '顾客是否已被扣款',
    },
    alreadyPaid: {
      heading: '不要再扣一次',
      body: [
        '不要再刷这张卡。',
        '记下时间和金额，请服务商查这笔有没有到账。',
        '然后继续排查终端。',
      ],
      choices: { next: '继续' },
    },
    checkCharge: {
      heading: '先确认有没有扣款',
      body: ['请顾客看银行短信或手机银行。', '确认之前不要再刷这张卡，可以先扫码收款。'],
      choices: { next: '继续' },
    },
    wrongPasswords: {
      heading: '锁定之前，是不是连续输错了几次密码？',
      body: ['店员的操作员密码、主管密码，或顾客的密码，都算。', '这是最常见的原因。'],
      summary: '锁定前是否多次输错密码',
    },
    passwordReset: {
      heading: '打客服电话，按官方流程重置密码',
      body: [
        '打合同上或终端标签上的服务商电话，或你开户银行的客服电话。',
        '说明：终端安全锁定，需要重置密码。',
        '重置的是终端的密码和锁定，不是顾客的卡密码。',
        '如果终端绑定的是你个人的银行卡，也许可以在手机银行App里重置。',
        '按客服的步骤一步步做，不要着急乱试。',
        '新密码自己在终端上输入，不要告诉任何人。',
        '重置后，看下一笔刷卡能不能成功，确认已经解锁。',
      ],
      ready: ['营业执照', '身份证', '终端序列号（机身标签上的 S/N）'],
      fixedLooksLike: '不再显示“安全锁定”，下一笔刷卡能成功。',
      summary: '通过服务商或银行重置密码',
    },
    updateNotice: {
      heading: '服务商最近通知过系统升级或维护吗？',
      body: [
        '屏幕上显示“升级”“更新”或“维护”，也算。',
        '只算你打合同或标签上的电话核实过的通知。',
        '让你回复、点链接的短信不算。',
      ],
      summary: '是否在系统升级或维护',
    },
    waitForUpdate: {
      heading: '问服务商：升级什么时候结束',
      body: [
        '升级或维护期间，终端会暂时锁定，这是正常的。',
        '打合同上或终端标签上的电话，问预计什么时候完成。',
        '升级期间不要在这台终端上交易。',
        '先用扫码收款，或手写记账。',
        '升级完成后，看下一笔刷卡能不能成功。',
      ],
      ready: ['终端序列号（机身标签上的 S/N）', '商户编号（在合同或小票上）'],
      fixedLooksLike: '升级结束，不再锁定，下一笔刷卡能成功。',
      choices: { 'fixed.yes': '升级完了，能用了', 'fixed.no': '升级完了，还是锁着' },
      summary: '问过服务商升级完成时间，期间改用其他方式收款',
    },
    moved: {
      heading: '终端离开过登记的营业地址吗？',
      body: [
        '比如拿到另一家店、出摊，或带回家用。',
        '终端和登记的地址绑定。在别处使用，有的服务商会锁住它（移机）。',
      ],
      summary: '终端是否离开登记地址（移机）',
    },
    moveBack: {
      heading: '把终端带回登记的营业地址',
      body: [
        '回到原来的店里，连上原来的网络，再开机。',
        '不要自己改终端的设置。',
        '如果已经搬店、回不去了，就选“还是锁着，或已经搬店”，请服务商重新登记。',
      ],
      choices: { 'fixed.yes': '带回来后能用了', 'fixed.no': '还是锁着，或已经搬店' },
      fixedLooksLike: '回到原地址后不再锁定，下一笔刷卡能成功。',
      summary: '把终端带回登记地址',
    },
    networkCheck: {
      heading: '终端的网络最近有变化吗？',
      body: [
        '比如换了路由器或 Wi-Fi、换了 SIM 卡、网线松了、信号图标不见了。',
        '终端连到和平时不一样的网络，也会被当成异常而锁定。',
      ],
      summary: '网络是否有变化',
    },
    checkConnection: {
      heading: '打电话给服务商，只按他们说的检查网络',
      body: [
        '每种机型的网络设置都不一样，先问服务商。',
        '常见的检查：是不是连着服务商装好的那个 Wi-Fi 或 SIM 卡。',
        '网线两头是否插牢。终端是否在登记的地址。',
        '不要自己改终端的网络设置。要改，只按服务商说的改。',
      ],
      ready: ['终端序列号（机身标签上的 S/N）'],
      fixedLooksLike: '网络恢复，不再锁定，下一笔刷卡能成功。',
      summary: '按服务商的指示检查网络',
    },
    hardwareCheck: {
      heading: '键盘、屏幕或读卡口有坏的地方吗？',
      body: ['比如按键不灵、屏幕花屏或不亮、刷卡插卡读不出来。'],
      summary: '键盘、屏幕或读卡口是否损坏',
    },
    providerUnlock: {
      heading: '请服务商查明锁定原因并解锁',
      body: [
        '打合同上或终端标签上的服务商电话。',
        '有的终端发现异常后，会被服务商远程锁定，只有他们能解。',
        '告诉他们你已经试过的步骤。',
        '他们不会向你要密码或卡号，也不会收“解锁费”。',
      ],
      ready: ['营业执照', '身份证', '终端序列号（机身标签上的 S/N）'],
      fixedLooksLike: '服务商解锁后，下一笔刷卡能成功。',
      summary: '请服务商查远程锁定并解锁',
    },
    resolved: {
      heading: '好了，问题解决了',
      body: ['可以继续收款了。', '如果再锁定，再打开这个向导。'],
    },
    notTerminalFault: {
      heading: '终端不用修，继续收款',
      body: [
        '其他顾客可以照常刷卡。',
        '这位顾客的卡，由他自己联系发卡银行处理。',
        '如果终端本身显示“安全锁定”，再打开这个向导。',
      ],
    },
    escalatedTamper: {
      heading: '请服务商换机或重新激活',
      body: [
        '这台终端在柜台解不开，也不能再刷卡。',
        '说明屏幕上的报警，以及它摔过、拆过或进水的情况。',
        '服务商会更换终端，或重新激活并重新灌装密钥。',
        '不要打开机壳，不要自己修。',
        '服务商绝不会向你要密码、卡号或转账。',
      ],
    },
    escalatedScam: {
      heading: '请联系服务商处理诈骗',
      body: [
        '服务商确认安全之前，不要用这台终端刷卡。',
        '先用扫码或手写记账收款。',
        '服务商绝不会向你要卡号、密码或转账。',
      ],
    },
    escalatedRelocation: {
      heading: '请服务商把终端登记到现在的地址',
      body: [
        '终端和登记的营业地址绑定。搬了店，要服务商重新登记才能解锁。',
        '准备好营业执照、身份证、终端序列号和新地址。',
        '在此之前，先用扫码收款或手写记账。',
      ],
    },
    escalatedHardware: {
      heading: '请服务商安排专业维修',
      body: [
        '硬件坏了，只能由专业人员检测和维修。',
        '千万不要自己拆机：会弄坏更多，还会失去保修。',
        '保修期一般是一到两年，期内通常免费维修或更换。',
        '修好之前，先用扫码收款或手写记账。',
      ],
    },
    escalatedProvider: {
      heading: '请服务商来处理',
      body: [
        '你在柜台能做的都试过了。把这次的排查记录发给服务商。',
        '在此之前，先用扫码收款或手写记账。',
        '服务商绝不会向你要密码、卡号或转账。',
        '服务商一直不解决：先向服务商或收单机构投诉，再打 12363（中国人民银行金融消费者投诉）。',
        '12315 管的是商品、价格和假冒问题，不管支付服务。',
      ],
    },
  },
};

export const securityLockEn: GuideText = {
  title: 'Security lock',
  terminalMessage: '安全锁定',
  meaning:
    'Security locked: the terminal has locked itself and takes no payments. Most often, wrong passwords were typed too many times.',
  states: {
    screen: {
      heading: 'What does the terminal screen show?',
      body: ['Pick the closest one.'],
      choices: {
        'screen.securityLock': '安全锁定 (security locked)',
        'screen.alertIrruption': 'Alert Irruption! (tamper alarm)',
        'screen.tampered': 'Tampered (tamper alarm)',
        'screen.pinTries': '75 or 38 密码输入次数超限 (PIN tries exceeded)',
        'screen.other': 'Something else',
      },
      summary: 'Screen message',
    },
    customerPinTries: {
      heading: 'Ask the customer to pay another way',
      terminalText: ['密码输入次数超限'],
      body: [
        '75 or 38: this card’s PIN was typed wrong too often. The customer’s own bank has blocked PIN use.',
        'This is not a lock on your terminal. Neither you nor your provider can clear it.',
        'Do not try this card again. It will not work.',
        'Ask for another card, a QR-code payment or cash.',
        'To clear it, the customer contacts their bank (the number on the back of the card).',
        'Never ask for the customer’s PIN. Never type a card number or PIN into this app.',
      ],
      choices: { next: 'Understood' },
      summary: '75/38: customer’s PIN tries used up (not a terminal fault)',
    },
    tamperCheck: {
      heading:
        'Was the terminal dropped, opened, wet, handled by a stranger, or is something stuck in the card slot?',
      body: ['Any of these can set off its tamper protection.', 'If you are not sure, say so.'],
      summary: 'Dropped, opened, wet, handled by a stranger or something in the card slot',
    },
    stopUsing: {
      heading: 'Stop using this terminal',
      body: [
        'It may have detected tampering. Its payment keys may be erased.',
        'This lock cannot be cleared at the counter. Do not keep typing passwords or restarting.',
        'Do not open the case. Do not poke into the card slot.',
        'Switch it off. Keep it with you.',
        'Take payment another way for now (QR code, or write the sale down).',
        'If a customer was paying just now, ask them to check their bank SMS before paying again.',
      ],
      fixedLooksLike: 'Take cards again only after the provider has replaced or reactivated it.',
      choices: { next: 'Understood: contact the provider' },
      summary: 'Stopped using it, switched off and kept safe',
    },
    scamCall: {
      heading: 'Did someone call or text that your POS must be “upgraded” or will be “suspended”?',
      body: [
        'They may say they are head office, customer service or the “UnionPay centre”.',
        'For example asking you to reply 1, open a link, read out the serial number and password, or pay an “upgrade fee”.',
      ],
      summary: 'Call or text about an “upgrade” or “suspension”',
    },
    scamWarning: {
      heading: 'Treat it as a scam: give them nothing',
      body: [
        'Hang up. Do not reply, open links or pay.',
        'Never read out the serial number, a password or a card number.',
        'A “cheap replacement terminal” offer is the same scam.',
        'A real upgrade never asks for card numbers, passwords, the serial number or money.',
        'To check, hang up and call the provider number on your contract or the terminal label yourself.',
      ],
      choices: { next: 'Understood' },
      summary: 'Treated the call or text as a scam',
    },
    scamGaveInfo: {
      heading:
        'Did you already give them a password, the serial number, a code or money, or open their link?',
      body: ['Be honest. The sooner your provider knows, the less you lose.'],
      summary: 'Gave the caller information',
    },
    scamReport: {
      heading: 'Stop taking cards, then call your provider now',
      body: [
        'Call only the provider number on your contract or the terminal label. Tell them what happened.',
        'Take no card payments on this terminal until they say it is safe.',
        'If a customer’s card number was given, the customer must call their bank now.',
        'If you sent money, report it to the police.',
      ],
      ready: [
        'The caller’s number or the text',
        'What you gave, and when',
        'The terminal’s serial number (S/N on the label)',
      ],
      fixedLooksLike: 'Take cards again only after the provider says the terminal is safe.',
      choices: { next: 'Understood: contact the provider' },
      summary: 'Gave information to a scammer; stopped card payments',
    },
    wasCharged: {
      heading: 'Was the customer’s card charged for the sale that was running when it locked?',
      body: ['Check first, so nobody pays twice.'],
      choices: { 'answer.no': 'No, or no sale was running' },
      summary: 'Customer already charged',
    },
    alreadyPaid: {
      heading: 'Do not charge again',
      body: [
        'Do not charge this card again.',
        'Note the time and amount, and ask your provider whether the sale reached you.',
        'Then go on with the terminal.',
      ],
      choices: { next: 'Go on' },
    },
    checkCharge: {
      heading: 'Find out if the card was charged',
      body: [
        'Ask the customer to check their bank SMS or banking app.',
        'Until you know, do not charge that card again. Take a QR-code payment instead.',
      ],
      choices: { next: 'Go on' },
    },
    wrongPasswords: {
      heading: 'Before it locked, was a wrong password typed several times?',
      body: [
        'Any password counts: operator, supervisor, or the customer’s PIN.',
        'This is the most common cause.',
      ],
      summary: 'Wrong passwords typed before the lock',
    },
    passwordReset: {
      heading: 'Call customer service and reset the password the official way',
      body: [
        'Call the provider number on your contract or the terminal label, or your bank’s customer service.',
        'Say: the terminal is security locked and the password needs a reset.',
        'This resets the terminal’s password and lock, not the customer’s card PIN.',
        'If the terminal is tied to your personal bank card, your mobile-banking app may reset it.',
        'Follow their steps one by one. Do not guess in a hurry.',
        'Type the new password on the terminal yourself. Tell nobody.',
        'After the reset, check the next card sale goes through: then it is unlocked.',
      ],
      ready: [
        'Business licence',
        'Your ID card',
        'The terminal’s serial number (S/N on the label)',
      ],
      fixedLooksLike: '安全锁定 is gone, and the next card sale goes through.',
      summary: 'Password reset through the provider or bank',
    },
    updateNotice: {
      heading: 'Did your provider announce a system upgrade or maintenance?',
      body: [
        'Also say yes if the screen mentions upgrade (升级), update (更新) or maintenance (维护).',
        'Count only a notice you checked on the number on your contract or label.',
        'A text asking you to reply or open a link does not count.',
      ],
      summary: 'System upgrade or maintenance',
    },
    waitForUpdate: {
      heading: 'Ask your provider when the upgrade will finish',
      body: [
        'During an upgrade or maintenance the terminal locks for a while. That is normal.',
        'Call the number on your contract or the terminal label. Ask when it will be done.',
        'Run no sales on this terminal during the upgrade.',
        'Take QR-code payments or write sales down meanwhile.',
        'When it is done, check the next card sale goes through.',
      ],
      ready: [
        'The terminal’s serial number (S/N on the label)',
        'Your merchant number (on the contract or a receipt)',
      ],
      fixedLooksLike: 'The upgrade is over, the lock is gone, and the next card sale goes through.',
      choices: { 'fixed.yes': 'Upgrade done, it works', 'fixed.no': 'Upgrade done, still locked' },
      summary: 'Asked the provider when the upgrade ends; took payment another way',
    },
    moved: {
      heading: 'Has the terminal been away from its registered business address?',
      body: [
        'For example taken to another shop, a market stall, or home.',
        'A terminal is tied to its registered address. Some providers lock it when it is used elsewhere (移机).',
      ],
      summary: 'Away from the registered address (relocation)',
    },
    moveBack: {
      heading: 'Take the terminal back to its registered address',
      body: [
        'Back in the usual shop, on the usual network, switch it on.',
        'Do not change the terminal’s settings yourself.',
        'Moved shop for good? Choose “Still locked, or we have moved for good”: the provider re-registers it.',
      ],
      choices: {
        'fixed.yes': 'Works again here',
        'fixed.no': 'Still locked, or we have moved for good',
      },
      fixedLooksLike:
        'Back at the registered address the lock is gone, and the next card sale goes through.',
      summary: 'Took the terminal back to its registered address',
    },
    networkCheck: {
      heading: 'Has anything changed with the terminal’s network lately?',
      body: [
        'For example a new router or Wi-Fi, another SIM card, a loose cable, no signal icon.',
        'A terminal on a network unlike its usual one can be locked as an anomaly.',
      ],
      summary: 'Network changed',
    },
    checkConnection: {
      heading: 'Call your provider and check the network only as they say',
      body: [
        'Network settings differ by model. Ask your provider first.',
        'Usual checks: is it on the Wi-Fi or SIM card the provider set up?',
        'Is the cable firmly in at both ends? Is the terminal at its registered address?',
        'Do not change the terminal’s network settings yourself. Change only what the provider tells you to.',
      ],
      ready: ['The terminal’s serial number (S/N on the label)'],
      fixedLooksLike: 'The network is back, the lock is gone, and the next card sale goes through.',
      summary: 'Checked the network as the provider said',
    },
    hardwareCheck: {
      heading: 'Is the keypad, the screen or the card reader damaged?',
      body: [
        'For example keys that do not work, a blank or garbled screen, cards that do not read.',
      ],
      summary: 'Keypad, screen or card reader damaged',
    },
    providerUnlock: {
      heading: 'Ask your provider to find out why it locked and unlock it',
      body: [
        'Call the provider number on your contract or the terminal label.',
        'Some terminals are locked remotely by the provider after an anomaly. Only they can unlock it.',
        'Tell them what you have already tried.',
        'They never ask for a password or card number, or charge an “unlock fee”.',
      ],
      ready: [
        'Business licence',
        'Your ID card',
        'The terminal’s serial number (S/N on the label)',
      ],
      fixedLooksLike: 'The provider has unlocked it, and the next card sale goes through.',
      summary: 'Asked the provider to check for a remote lock and unlock',
    },
    resolved: {
      heading: 'Fixed',
      body: ['You can take payments again.', 'If it locks again, open this guide again.'],
    },
    notTerminalFault: {
      heading: 'Your terminal needs no repair: go on taking payments',
      body: [
        'Other customers can pay by card as usual.',
        'This customer sorts out their card with their own bank.',
        'If your terminal itself shows 安全锁定, open this guide again.',
      ],
    },
    escalatedTamper: {
      heading: 'Ask your provider to replace or reactivate the terminal',
      body: [
        'This terminal cannot be unlocked at the counter and must take no cards.',
        'Tell them the alarm on the screen, and whether it was dropped, opened or wet.',
        'The provider replaces it, or reactivates it and loads new keys.',
        'Do not open the case. Do not repair it yourself.',
        'The provider never asks you for passwords, card numbers or a payment.',
      ],
    },
    escalatedScam: {
      heading: 'Report the scam to your provider',
      body: [
        'Take no card payments on this terminal until the provider says it is safe.',
        'Take QR-code payments or write sales down meanwhile.',
        'The provider never asks you for card numbers, passwords or a payment.',
      ],
    },
    escalatedRelocation: {
      heading: 'Ask your provider to register the terminal at your current address',
      body: [
        'A terminal is tied to its registered business address. After a move, the provider must re-register it to unlock it.',
        'Have your business licence, ID card, the terminal’s serial number and the new address ready.',
        'Until then, take QR-code payments or write sales down.',
      ],
    },
    escalatedHardware: {
      heading: 'Ask your provider for a professional repair',
      body: [
        'Broken hardware must be checked and repaired by professionals.',
        'Never open the terminal yourself: it causes more damage and voids the warranty.',
        'The warranty is usually one or two years. Inside it, repair or replacement is usually free.',
        'Until it is repaired, take QR-code payments or write sales down.',
      ],
    },
    escalatedProvider: {
      heading: 'Hand it over to your provider',
      body: [
        'You have tried everything you can do at the counter. Send the provider this record.',
        'Until then, take QR-code payments or write sales down.',
        'The provider never asks you for passwords, card numbers or a payment.',
        'If the provider does not solve it: complain to the provider or acquirer first, then call 12363 (People’s Bank of China, financial consumers).',
        '12315 is for goods, prices and counterfeits, not payment services.',
      ],
    },
  },
};
