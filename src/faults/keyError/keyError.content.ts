/** Display text of the key-error guide, keyed by state id, in both languages. */
import type { GuideText } from '../types';

export const keyErrorZh: GuideText = {
  title: '密钥错误',
  terminalMessage: '密钥错误，请重新启动客户端',
  meaning: '终端的加密密钥出错。密钥不对时，刷卡交易不安全，也不会成功。',
  states: {
    screen: {
      heading: '终端屏幕上写的是哪一句？',
      body: ['对照屏幕，选最接近的一句。'],
      choices: {
        'screen.keyError': '密钥错误，请重新启动客户端',
        'screen.a0': 'A0 校验错，请重新签到',
        'screen.99': '99 PIN格式错，请重新签到',
        'screen.xe': 'XE 写密钥失败',
        'screen.tampered': '防拆报警：Tampered 或 Alert Irruption!',
        'screen.other': '别的提示',
      },
      summary: '屏幕提示',
    },
    stopTampered: {
      heading: '停止使用这台终端',
      body: [
        '终端报了防拆警报，支付密钥可能已被清除。',
        '这种锁在柜台解不开。不要反复重启或输密码。',
        '不要打开机壳，也不要往卡槽里掏东西。',
        '关机，放在你身边保管好。',
        '现在请用扫码或手写记账的方式收款。',
        '刚才如有顾客在付款，请他先看银行短信，确认有没有扣款。',
      ],
      fixedLooksLike: '服务商换机或重新激活之后，才能再刷卡。',
      choices: { next: '知道了，联系服务商' },
      summary: '防拆报警：已停止使用，终端已关机保管',
    },
    exposure: {
      heading: '终端最近摔过、被打开过、进过水、卡槽里有异物，或被陌生人动过吗？',
      body: ['这可能让密钥泄露。不确定也请选“不确定”。'],
      summary: '密钥是否可能泄露',
    },
    stopCards: {
      heading: '停止用这台终端刷卡',
      body: [
        '密钥可能已泄露，继续刷卡不安全。',
        '关机，放在你身边，不要打开机壳。',
        '现在请用扫码或记账的方式收款。',
        '密钥只能由服务商更换，你自己修不了。',
      ],
      fixedLooksLike: '服务商换好密钥、签到成功之后，才能再刷卡。',
      choices: { next: '知道了，联系服务商' },
      summary: '已停止刷卡，终端已保管好',
    },
    scamCall: {
      heading: '有人打电话或发短信，说要“升级密钥”吗？',
      body: [
        '对方可能自称总部、客服或“银联中心”，让你回复1或点链接。',
        '比如要卡号、密码、终端序列号，或要你付“升级费”。',
      ],
      summary: '是否有人来电要求“升级密钥”',
    },
    scamWarning: {
      heading: '先当作诈骗：什么都不要给',
      body: [
        '挂断电话，不回短信，不点链接。',
        '真的升级不会要卡号、密码、序列号或付钱。',
        '要核实，挂断后自己拨合同上或终端标签上的服务商电话。',
      ],
      choices: { next: '明白' },
      summary: '已把来电当作诈骗',
    },
    scamGaveInfo: {
      heading: '你已经给过对方密码、卡号、序列号、验证码或钱，或点过对方的链接吗？',
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
      heading: '刚才失败的那笔，顾客的卡被扣钱了吗？',
      body: ['先弄清楚，免得重复扣款。'],
      choices: { 'answer.no': '没有扣款，或当时没在收款' },
      summary: '顾客是否已被扣款',
    },
    alreadyPaid: {
      heading: '不要再扣一次',
      body: [
        '不要再刷这张卡。',
        '记下时间和金额，请服务商查这笔有没有到账。',
        '然后继续排查，好让下一位顾客能刷卡。',
      ],
      choices: { next: '继续' },
    },
    checkCharge: {
      heading: '先确认有没有扣款',
      body: ['请顾客看银行短信或手机银行。', '确认之前不要再刷这张卡，可以先扫码收款。'],
      choices: { next: '继续' },
    },
    restart: {
      heading: '重启终端',
      body: ['关机，等 10 秒，再开机。', '重启会清掉临时数据。'],
      fixedLooksLike: '开机后没有报错，下一笔刷卡能成功。',
      summary: '重启终端',
    },
    signIn: {
      heading: '在终端菜单里手动“签到”',
      body: [
        '如果你的终端有“签到”功能：在菜单里找到“签到”并确认。',
        '签到会下载新的工作密钥，常常能解决密钥错误。',
        '需要操作员密码时，自己输入，不要告诉任何人。',
      ],
      ready: ['操作员号和操作员密码（终端要求时）'],
      fixedLooksLike: '签到成功，下一笔刷卡能成功。',
      summary: '手动签到',
    },
    pinPadCable: {
      heading: '检查密码键盘的连接线，再重启',
      body: [
        '如果有外接密码键盘：看连接线两头是否插牢。',
        '如果密码键盘在机身上，只做重启。',
        '关机，等 10 秒，再开机。',
        '不要打开机壳。',
      ],
      fixedLooksLike: '重启后不再显示 XE，下一笔刷卡能成功。',
      summary: '检查密码键盘连接线并重启',
    },
    network: {
      heading: '终端显示已联网吗？',
      body: ['看屏幕上的信号或 Wi-Fi 图标。', '店里其他设备能上网吗？'],
      summary: '网络是否正常',
    },
    fixNetwork: {
      heading: '恢复网络',
      body: [
        '重启店里的路由器。',
        '看网线是否插牢。SIM 卡的事问服务商，不要为看 SIM 卡打开机壳。',
        '不要自己改终端的网络设置，除非服务商让你改。',
      ],
      fixedLooksLike: '信号图标正常，下一笔刷卡能成功。',
      summary: '恢复网络',
    },
    environment: {
      heading: '终端放在很热、很潮，或靠近电器的地方吗？',
      body: ['比如阳光直晒、灶台旁、微波炉或电磁炉旁。'],
      summary: '摆放环境',
    },
    moveTerminal: {
      heading: '把终端移到凉爽、干燥的地方',
      body: ['远离热源、水汽和大功率电器。', '等 10 分钟，再重启。'],
      fixedLooksLike: '重启后没有报错，下一笔刷卡能成功。',
      summary: '移到凉爽干燥处并重启',
    },
    update: {
      heading: '更新终端软件',
      body: [
        '如果终端菜单里有“软件更新”或“升级”，在店里平时的网络下运行它。',
        '只用终端菜单里的升级，不点短信里的链接。',
        '如果没有这个功能，由服务商来做。',
      ],
      fixedLooksLike: '更新完成，重启后下一笔刷卡能成功。',
      summary: '更新终端软件',
    },
    resolved: {
      heading: '好了，问题解决了',
      body: ['可以继续收款了。', '如果再出现，再打开这个向导。'],
    },
    escalatedKeyExposed: {
      heading: '请联系服务商更换密钥',
      body: [
        '在换好密钥之前，不要用这台终端刷卡。',
        '服务商会按他们的流程更新或重新灌装密钥。',
        '他们绝不会向你要卡号、密码或转账。',
      ],
    },
    escalatedTamper: {
      heading: '请服务商换机或重新激活',
      body: [
        '这台终端在柜台解不开，也不能再刷卡。',
        '告诉服务商屏幕上的报警，以及它有没有摔过、拆过或进水。',
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
    escalatedNewKey: {
      heading: '请联系服务商更换密钥',
      body: [
        '你能做的都试过了。需要服务商下发新密钥。',
        '查系统日志、重新灌装主密钥，都由服务商来做。',
        '等待期间，终端放在身边保管好，先用扫码或手写记账收款。',
        '服务商绝不会向你要卡号、密码或转账。',
      ],
    },
    escalatedPinPad: {
      heading: '请服务商检查密码键盘并重新灌装密钥',
      body: [
        '连接线插好、重启后，还是显示 XE。',
        '由服务商检测密码键盘，再重新灌装密钥。',
        '不要打开机壳。',
        '修好之前，先用扫码收款或手写记账。',
        '服务商绝不会向你要卡号、密码或转账。',
      ],
    },
  },
};

export const keyErrorEn: GuideText = {
  title: 'Key error',
  terminalMessage: '密钥错误，请重新启动客户端',
  meaning:
    'Key error, please restart the client. While the key is wrong, card payments are not safe and will not go through.',
  states: {
    screen: {
      heading: 'Which line does the terminal screen show?',
      body: ['Pick the closest one. The terminal shows it in Chinese.'],
      choices: {
        'screen.keyError': '密钥错误，请重新启动客户端 (key error, restart the client)',
        'screen.a0': 'A0 校验错，请重新签到 (check failed, sign in again)',
        'screen.99': '99 PIN格式错，请重新签到 (PIN format error, sign in again)',
        'screen.xe': 'XE (writing keys to the PIN pad failed)',
        'screen.tampered': 'Tamper alarm: Tampered or Alert Irruption!',
        'screen.other': 'Something else',
      },
      summary: 'Screen message',
    },
    stopTampered: {
      heading: 'Stop using this terminal',
      body: [
        'It shows a tamper alarm. Its payment keys may be erased.',
        'This lock cannot be cleared at the counter. Do not keep restarting or typing passwords.',
        'Do not open the case. Do not poke into the card slot.',
        'Switch it off. Keep it with you.',
        'Take payment another way for now (QR code, or write the sale down).',
        'If a customer was paying just now, ask them to check their bank SMS before paying again.',
      ],
      fixedLooksLike: 'Take cards again only after the provider has replaced or reactivated it.',
      choices: { next: 'Understood: contact the provider' },
      summary: 'Tamper alarm: stopped using it, switched off and kept safe',
    },
    exposure: {
      heading:
        'Was the terminal dropped, opened, wet, handled by a stranger, or is something stuck in the card slot?',
      body: ['Any of these can expose the key. If you are not sure, say so.'],
      summary: 'Key possibly exposed',
    },
    stopCards: {
      heading: 'Stop taking cards on this terminal',
      body: [
        'The key may be exposed. Card payments on it are not safe.',
        'Switch it off. Keep it with you. Do not open the case.',
        'Take payment another way for now (QR code, or write the sale down).',
        'Only your provider can replace the key.',
      ],
      fixedLooksLike:
        'Take cards again only after the provider has replaced the key and sign-in succeeds.',
      choices: { next: 'Understood: contact the provider' },
      summary: 'Stopped card payments, terminal secured',
    },
    scamCall: {
      heading: 'Did someone call or text you to “upgrade the key”?',
      body: [
        'They may say they are head office, customer service or the “UnionPay centre”, and ask you to reply 1 or open a link.',
        'For example asking for card numbers, passwords, the serial number or an “upgrade fee”.',
      ],
      summary: 'Call or text about a “key upgrade”',
    },
    scamWarning: {
      heading: 'Treat it as a scam: give them nothing',
      body: [
        'Hang up. Do not reply or open links.',
        'A real upgrade never asks for card numbers, passwords, the serial number or money.',
        'To check, hang up and call the provider number on your contract or the terminal label yourself.',
      ],
      choices: { next: 'Understood' },
      summary: 'Treated the call as a scam',
    },
    scamGaveInfo: {
      heading:
        'Did you already give them a password, card number, serial number, a code or money, or open their link?',
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
      heading: 'Was the customer’s card charged for the failed sale?',
      body: ['Check first, so nobody pays twice.'],
      choices: { 'answer.no': 'No, or no sale was running' },
      summary: 'Customer already charged',
    },
    alreadyPaid: {
      heading: 'Do not charge again',
      body: [
        'Do not charge this card again.',
        'Note the time and amount, and ask your provider whether the sale reached you.',
        'Then go on, so the next customer can pay by card.',
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
    restart: {
      heading: 'Restart the terminal',
      body: ['Switch it off, wait 10 seconds, switch it on.', 'A restart clears temporary data.'],
      fixedLooksLike: 'No error after start-up, and the next card sale goes through.',
      summary: 'Restarted the terminal',
    },
    signIn: {
      heading: 'Do a manual sign-in (签到) from the terminal menu',
      body: [
        'If your terminal has it: find 签到 (sign-in) in the menu and confirm.',
        'Sign-in downloads fresh working keys and often clears a key error.',
        'If it asks for the operator password, type it yourself. Never tell anyone.',
      ],
      ready: ['Operator number and password, if the terminal asks'],
      fixedLooksLike: 'Sign-in succeeds and the next card sale goes through.',
      summary: 'Manual sign-in',
    },
    pinPadCable: {
      heading: 'Check the PIN pad cable, then restart',
      body: [
        'If you have a separate PIN pad: check its cable is firmly in at both ends.',
        'If the PIN pad is built in, just restart.',
        'Switch off, wait 10 seconds, switch on.',
        'Do not open the case.',
      ],
      fixedLooksLike: 'XE is gone after the restart, and the next card sale goes through.',
      summary: 'Checked the PIN pad cable and restarted',
    },
    network: {
      heading: 'Does the terminal show a network connection?',
      body: ['Look at the signal or Wi-Fi icon.', 'Do other devices in the shop get online?'],
      summary: 'Network working',
    },
    fixNetwork: {
      heading: 'Get the network back',
      body: [
        'Restart the shop’s router.',
        'Check the cable is firmly in. For the SIM card ask your provider; never open the case to look at it.',
        'Do not change the terminal’s network settings unless your provider tells you to.',
      ],
      fixedLooksLike: 'The signal icon is back, and the next card sale goes through.',
      summary: 'Restored the network',
    },
    environment: {
      heading: 'Is the terminal somewhere hot, damp, or next to appliances?',
      body: ['For example in direct sun, by a stove, a microwave or an induction cooker.'],
      summary: 'Hot, damp or near appliances',
    },
    moveTerminal: {
      heading: 'Move the terminal somewhere cool and dry',
      body: ['Away from heat, steam and big appliances.', 'Wait 10 minutes, then restart it.'],
      fixedLooksLike: 'No error after the restart, and the next card sale goes through.',
      summary: 'Moved somewhere cool and dry, restarted',
    },
    update: {
      heading: 'Update the terminal software',
      body: [
        'If the menu has “software update” (软件更新) or “upgrade”, run it on the shop’s usual network.',
        'Use only the terminal’s own menu, never a link in a text.',
        'If it has none, your provider does this.',
      ],
      fixedLooksLike: 'The update finishes, and after a restart the next card sale goes through.',
      summary: 'Updated the terminal software',
    },
    resolved: {
      heading: 'Fixed',
      body: ['You can take payments again.', 'If it comes back, open this guide again.'],
    },
    escalatedKeyExposed: {
      heading: 'Ask your provider for a new key',
      body: [
        'Take no card payments on this terminal until the key is replaced.',
        'The provider updates or re-injects the key by their own procedure.',
        'They never ask you for card numbers, passwords or a payment.',
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
    escalatedNewKey: {
      heading: 'Ask your provider for a new key',
      body: [
        'You have tried everything you can do at the counter.',
        'The provider has to send a new key.',
        'Reading the system log, re-injecting a lost master key: your provider does these.',
        'While you wait, keep the terminal with you and take QR-code payments or write sales down.',
        'They never ask you for card numbers, passwords or a payment.',
      ],
    },
    escalatedPinPad: {
      heading: 'Ask your provider to check the PIN pad and load new keys',
      body: [
        'XE is still there after reseating the cable and restarting.',
        'Your provider tests the PIN pad and loads new keys into it.',
        'Do not open the case.',
        'Until it is fixed, take QR-code payments or write sales down.',
        'The provider never asks you for card numbers, passwords or a payment.',
      ],
    },
  },
};
