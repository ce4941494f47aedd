/** Display text of the cannot-enter-the-PIN guide, keyed by state id, in both languages. */
import type { GuideText } from '../types';

export const pinEntryZh: GuideText = {
  title: '无法输入密码',
  terminalMessage: '无法输入密码',
  meaning: '顾客在密码键盘上输不进密码，或按键没反应、出错字。',
  states: {
    screen: {
      heading: '顾客输密码时，出现的是哪种情况？',
      body: ['对照屏幕和密码键盘，选最接近的一项。'],
      choices: {
        'screen.noResponse': '屏幕没反应，或输入界面显示不对',
        'screen.keys': '按键没反应，或按出来的字不对',
        'screen.enterPin': '一直提示“请输入密码”',
        'screen.wrongPin': '提示“密码错误”',
        'screen.y5': 'Y5 密码键盘通讯失败',
        'screen.pinTries': '75 或 38 密码输入次数超限',
        'screen.other': '别的情况',
      },
      summary: '现象',
    },
    customerPinTries: {
      heading: '请顾客换一种方式付款',
      terminalText: ['密码输入次数超限'],
      body: [
        '75 或 38：顾客这张卡的密码输错太多次，被顾客的发卡银行限制了。',
        '密码键盘没坏，终端也没坏。你和服务商都解不开。',
        '不要再用这张卡试，试了也不会成功。',
        '请顾客换一张卡、扫码或付现金。',
        '解除限制，要顾客自己联系发卡银行（卡背面有客服电话）。',
        '不要问顾客的密码，也不要把卡号或密码输进本应用。',
      ],
      choices: { next: '明白了' },
      summary: '75/38：顾客的卡密码次数用完（不是终端故障）',
    },
    tamperCheck: {
      heading: '终端或密码键盘最近摔过、被打开过、进过水、卡槽里有异物，或被陌生人动过吗？',
      body: ['被动过的密码键盘，可能泄露顾客的密码。', '不确定也请选“不确定”。'],
      summary: '是否摔过、拆过、进水、卡槽有异物或被陌生人动过',
    },
    stopUsing: {
      heading: '停止使用这台终端',
      body: [
        '不要再让顾客在上面输密码，也不要再刷卡。',
        '不要打开机壳，也不要往卡槽里掏东西。',
        '关机，放在你身边保管好。',
        '现在请用扫码或手写记账的方式收款。',
        '刚才如有顾客在付款，请他先看银行短信，确认有没有扣款。',
      ],
      fixedLooksLike: '售后换机或重新激活之后，才能再刷卡。',
      choices: { next: '知道了，联系客服' },
      summary: '已停止使用，终端已关机保管',
    },
    scamCall: {
      heading: '最近有人来电或发短信，说你的POS机要“升级”“远程维修”或要被“停用”吗？',
      body: [
        '对方可能自称总部、客服或“银联中心”。',
        '比如让你回复1、点链接、报出序列号和密码，或交“升级费”。',
      ],
      summary: '是否接到“升级、维修或停用”的来电或短信',
    },
    scamWarning: {
      heading: '先当作诈骗：什么都不要给',
      body: [
        '挂断电话。不回复，不点链接，不付钱。',
        '不要说出终端序列号、密码或卡号。',
        '真的升级或维修不会要卡号、密码、序列号或付钱。',
        '要核实，挂断后自己拨合同上或终端标签上的服务商电话。',
      ],
      choices: { next: '明白' },
      summary: '已把来电或短信当作诈骗',
    },
    scamGaveInfo: {
      heading: '你已经给过对方密码、卡号、序列号、验证码或钱，或点过对方的链接吗？',
      body: ['说实话就好。越早告诉服务商，损失越小。'],
      summary: '是否已向骗子提供信息',
    },
    scamReport: {
      heading: '先停止刷卡，再马上联系服务商',
      body: [
        '只拨打合同上或终端标签上的服务商电话，说明被骗的经过。中国移动的终端：打 10086。',
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
      heading: '刚才那笔，顾客的卡被扣钱了吗？',
      body: ['先弄清楚，免得重复扣款。'],
      choices: { 'answer.no': '没有扣款' },
      summary: '顾客是否已被扣款',
    },
    alreadyPaid: {
      heading: '不要再扣一次',
      body: [
        '不要再刷这张卡。',
        '记下时间和金额，请服务商查这笔有没有到账。',
        '然后继续排查，好让下一位顾客能输密码。',
      ],
      choices: { next: '继续' },
    },
    checkCharge: {
      heading: '先确认有没有扣款',
      body: ['请顾客看银行短信或手机银行。', '确认之前不要再刷这张卡，可以先扫码收款。'],
      choices: { next: '继续' },
    },
    pinPadCable: {
      heading: '检查密码键盘的连接线，再重启',
      body: [
        '如果密码键盘是外接的：看连接线两头是否插牢。',
        '如果密码键盘在机身上，只做重启。',
        '关机，等 10 秒，再开机。',
        '不要打开机壳。',
      ],
      fixedLooksLike: '不再显示 Y5，顾客能输入密码，下一笔刷卡能成功。',
      summary: '检查密码键盘连接线并重启',
    },
    clearKey: {
      heading: '长按密码键盘上的“清除”键',
      body: [
        '按住几秒，清掉当前的输入。这个键通常是黄色的，写着“清除”或“更正”。',
        '按的时候，看屏幕和指示灯有没有变化。',
        '然后请顾客自己重新输一次密码。',
        '顾客记不清密码，就不要一直试：错太多次，卡会被银行限制。',
      ],
      fixedLooksLike: '输入时屏幕显示星号，按“确认”后交易能继续。',
      summary: '长按清除键后重新输入',
    },
    knowsFlow: {
      heading: '收银员清楚这台终端怎样输密码吗？',
      body: ['比如：等屏幕出现“请输入密码”再输，输完按“确认”。'],
      summary: '收银员是否清楚输密码的流程',
    },
    showFlow: {
      heading: '按正确的流程，让顾客自己输密码',
      body: [
        '等屏幕显示“请输入密码”，再把密码键盘交给顾客。',
        '顾客自己输，用手挡住。你不看，也不替他输。',
        '输完按“确认”。输错按“清除”或“更正”。按“取消”会退出这笔交易。',
        '触摸屏：用指腹点准每个数字，一次点一个，不要滑动。',
        '不要把顾客的密码或卡号输进本应用。',
      ],
      fixedLooksLike: '顾客输完密码，按“确认”后交易能继续。',
      summary: '按正确流程重新输密码',
    },
    display: {
      heading: '屏幕清楚、能看清吗？',
      body: ['没有黑块、花屏、坏点，颜色也正常。'],
      choices: { 'answer.yes': '清楚', 'answer.no': '看不清或有问题' },
      summary: '屏幕是否正常',
    },
    keypad: {
      heading: '每个按键都有反应，出的数字也对吗？',
      body: [
        '在输入金额的界面，逐个按 0 到 9，看数字对不对。',
        '然后按“清除”清空，再按“取消”退出。不要按“确认”，也不要刷卡。',
        '外接密码键盘：顾客输入时每按一下有没有出一个星号？没有就选“有的键不对”。',
      ],
      choices: { 'answer.yes': '都正常', 'answer.no': '有的键不对' },
      summary: '按键是否都正常',
    },
    power: {
      heading: '电源稳定吗？',
      body: ['用的是原装充电器，电量够，不会自己关机或重启。'],
      choices: { 'answer.yes': '稳定', 'answer.no': '不稳定' },
      summary: '电源是否稳定',
    },
    fixPower: {
      heading: '检查电源线和充电器',
      body: ['换回原装充电器。', '插头和接口插牢，换一个好用的插座。', '电量低就先充电，再试。'],
      fixedLooksLike: '终端不再自己关机，顾客能正常输入密码。',
      summary: '检查电源线和充电器',
    },
    heat: {
      heading: '终端发烫，或放在太阳下、潮湿的地方吗？',
      body: ['比如阳光直晒、灶台边、水池边。'],
      summary: '是否过热或受潮',
    },
    coolDry: {
      heading: '把终端移到凉爽、干燥的地方',
      body: ['远离热源和水汽。', '等它凉下来（约 10 分钟），再重启。', '发烫时不要继续用。'],
      fixedLooksLike: '重启后屏幕和按键正常，顾客能输入密码。',
      summary: '移到凉爽干燥处并重启',
    },
    closeApps: {
      heading: '关掉其他应用，再重启终端',
      body: [
        '终端上如果开着别的应用（比如会员、点餐软件），先关掉。',
        '然后关机，等 10 秒，再开机。',
        '查系统日志、打补丁、重装系统，是服务商的工作，不用你做。',
      ],
      fixedLooksLike: '重启后顾客能正常输入密码，下一笔刷卡能成功。',
      summary: '关掉其他应用并重启',
    },
    network: {
      heading: '终端显示已联网吗？',
      body: [
        '看屏幕上的信号或 Wi-Fi 图标。店里其他设备能上网吗？',
        '网络不通，终端收不到付款指令，也会输不了密码。',
      ],
      summary: '网络是否正常',
    },
    fixNetwork: {
      heading: '恢复网络',
      body: [
        '重启店里的路由器。',
        '看网线是否插牢。SIM 卡的事问服务商，不要为看 SIM 卡打开机壳。',
        '不要自己改终端的网络设置，除非服务商让你改。',
        '还是不通，就联系你的网络运营商。',
      ],
      fixedLooksLike: '信号图标正常，下一笔刷卡能成功。',
      summary: '恢复网络',
    },
    config: {
      heading: '最近改过设置或密码，或者终端提示没有权限吗？',
      body: ['比如改过操作员密码、连续输错后被限制输入，或提示不能收这种款。'],
      summary: '是否改过设置、被限制输入或没有权限',
    },
    resetConfig: {
      heading: '请客服按官方流程重置密码和权限',
      body: [
        '中国移动的终端，打中国移动客服 10086。其他终端，打合同上或标签上的服务商电话。',
        '请他们检查密码输入限制和收款权限。',
        '重置之前，请他们先备份终端里的数据。',
        '新密码自己在终端上输入，不要告诉任何人。',
      ],
      ready: ['营业执照', '身份证', '终端序列号（机身标签上的 S/N）'],
      fixedLooksLike: '重置后顾客能输入密码，下一笔刷卡能成功。',
      summary: '请客服重置密码限制和权限',
    },
    resolved: {
      heading: '好了，问题解决了',
      body: ['可以继续收款了。', '如果再出现，再打开这个向导。'],
    },
    notTerminalFault: {
      heading: '终端不用修，继续收款',
      body: [
        '其他顾客可以照常刷卡、输密码。',
        '这位顾客的卡，由他自己联系发卡银行处理。',
        '如果别的顾客也输不了密码，再打开这个向导。',
      ],
    },
    escalatedTamper: {
      heading: '请客服换机或重新激活',
      body: [
        '在换好之前，不要在这台终端上刷卡或输密码。',
        '告诉客服它摔过、拆过、进水或卡槽有异物的情况。',
        '客服会更换终端，或重新激活。',
        '不要打开机壳，不要自己修。',
        '客服绝不会向你要密码、卡号或转账。',
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
    escalatedPinPad: {
      heading: '请服务商检查密码键盘',
      body: [
        '连接线插好、重启后，还是显示 Y5。',
        '由服务商检测或更换密码键盘。',
        '不要打开机壳。',
        '修好之前，先用扫码收款或手写记账。',
      ],
    },
    escalatedRepair: {
      heading: '请售后检测维修',
      body: [
        '屏幕、按键或电源有硬件问题，需要维修或更换。',
        '不要自己拆机。',
        '修好之前，先用扫码收款或手写记账。',
      ],
    },
    escalatedChinaMobile: {
      heading: '请联系客服检测维修',
      body: [
        '中国移动的终端：打中国移动客服 10086。其他终端：打合同上或终端标签上的服务商电话。',
        '你在柜台能做的都试过了。可能是密码芯片或模块有故障。',
        '这些由客服或维修人员来做：查系统日志、打补丁或重装系统、查网络丢包、和正常的终端对比设置。',
        '修好之前，先用扫码收款或手写记账。',
        '客服绝不会向你要密码、卡号或转账。',
      ],
    },
  },
};

export const pinEntryEn: GuideText = {
  title: 'Cannot enter the PIN',
  terminalMessage: '无法输入密码',
  meaning:
    'Cannot enter the PIN: the customer cannot type the PIN on the PIN pad, or keys do nothing or type the wrong character.',
  states: {
    screen: {
      heading: 'What happens when the customer tries to enter the PIN?',
      body: ['Look at the screen and the PIN pad. Pick the closest one.'],
      choices: {
        'screen.noResponse': 'The screen does not react, or shows the entry screen wrongly',
        'screen.keys': 'Keys do nothing, or type the wrong character',
        'screen.enterPin': '请输入密码 keeps showing (please enter the PIN)',
        'screen.wrongPin': '密码错误 (wrong PIN)',
        'screen.y5': 'Y5 (PIN pad communication failure)',
        'screen.pinTries': '75 or 38 密码输入次数超限 (PIN tries exceeded)',
        'screen.other': 'Something else',
      },
      summary: 'What happens',
    },
    customerPinTries: {
      heading: 'Ask the customer to pay another way',
      terminalText: ['密码输入次数超限'],
      body: [
        '75 or 38: this card’s PIN was typed wrong too often. The customer’s own bank has blocked PIN use.',
        'Your PIN pad and terminal are fine. Neither you nor your provider can clear it.',
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
        'Was the terminal or PIN pad dropped, opened, wet, handled by a stranger, or is something stuck in the card slot?',
      body: [
        'A PIN pad that was tampered with can leak customers’ PINs.',
        'If you are not sure, say so.',
      ],
      summary: 'Dropped, opened, wet, handled by a stranger or something in the card slot',
    },
    stopUsing: {
      heading: 'Stop using this terminal',
      body: [
        'No more PINs typed on it, no more card payments.',
        'Do not open the case. Do not poke into the card slot.',
        'Switch it off. Keep it with you.',
        'Take payment another way for now (QR code, or write the sale down).',
        'If a customer was paying just now, ask them to check their bank SMS before paying again.',
      ],
      fixedLooksLike: 'Take cards again only after after-sales has replaced or reactivated it.',
      choices: { next: 'Understood: contact customer service' },
      summary: 'Stopped using it, switched off and kept safe',
    },
    scamCall: {
      heading:
        'Did someone call or text that your POS must be “upgraded” or “repaired remotely”, or will be “suspended”?',
      body: [
        'They may say they are head office, customer service or the “UnionPay centre”.',
        'For example asking you to reply 1, open a link, read out the serial number and password, or pay an “upgrade fee”.',
      ],
      summary: 'Call or text about an “upgrade”, a “remote repair” or a “suspension”',
    },
    scamWarning: {
      heading: 'Treat it as a scam: give them nothing',
      body: [
        'Hang up. Do not reply, open links or pay.',
        'Never read out the serial number, a password or a card number.',
        'A real upgrade or repair never asks for card numbers, passwords, the serial number or money.',
        'To check, hang up and call the provider number on your contract or the terminal label yourself.',
      ],
      choices: { next: 'Understood' },
      summary: 'Treated the call or text as a scam',
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
        'Call only the provider number on your contract or the terminal label. Tell them what happened. China Mobile terminal: call 10086.',
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
      heading: 'Was the customer’s card charged for that sale?',
      body: ['Check first, so nobody pays twice.'],
      choices: { 'answer.no': 'No' },
      summary: 'Customer already charged',
    },
    alreadyPaid: {
      heading: 'Do not charge again',
      body: [
        'Do not charge this card again.',
        'Note the time and amount, and ask your provider whether the sale reached you.',
        'Then go on, so the next customer can enter a PIN.',
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
    pinPadCable: {
      heading: 'Check the PIN pad cable, then restart',
      body: [
        'If the PIN pad is separate: check its cable is firmly in at both ends.',
        'If the PIN pad is built in, just restart.',
        'Switch off, wait 10 seconds, switch on.',
        'Do not open the case.',
      ],
      fixedLooksLike:
        'Y5 is gone, the customer can enter the PIN, and the next card sale goes through.',
      summary: 'Checked the PIN pad cable and restarted',
    },
    clearKey: {
      heading: 'Long-press the clear key on the PIN pad',
      body: [
        'Hold it a few seconds to clear the input. It is usually the yellow key, marked 清除 (clear) or 更正 (correct).',
        'While you press, watch whether the screen or the lights change.',
        'Then let the customer type the PIN again themselves.',
        'If the customer is unsure of the PIN, do not keep trying: too many wrong tries block the card at their bank.',
      ],
      fixedLooksLike:
        'Stars appear as the PIN is typed, and the sale goes on after 确认 (confirm).',
      summary: 'Long-pressed the clear key and entered again',
    },
    knowsFlow: {
      heading: 'Does the cashier know how the PIN is entered on this terminal?',
      body: [
        'For example: wait for 请输入密码 (please enter the PIN), then type, then press 确认 (confirm).',
      ],
      summary: 'Operator knows the PIN entry steps',
    },
    showFlow: {
      heading: 'Let the customer enter the PIN the right way',
      body: [
        'Wait until the screen shows 请输入密码, then hand the PIN pad to the customer.',
        'The customer types it, covering it with a hand. You do not look or type it for them.',
        'Then 确认 (confirm). Mistake: 清除 or 更正 (clear). 取消 (cancel) ends the sale.',
        'Touch screen: tap each digit squarely with a fingertip, one at a time. Do not swipe.',
        'Never type the customer’s PIN or card number into this app.',
      ],
      fixedLooksLike: 'The customer enters the PIN, and the sale goes on after 确认 (confirm).',
      summary: 'Entered the PIN the right way',
    },
    display: {
      heading: 'Is the screen clear and readable?',
      body: ['No dark patches, stripes or dead spots, and the colours look normal.'],
      choices: { 'answer.yes': 'Clear', 'answer.no': 'Hard to read or faulty' },
      summary: 'Screen working',
    },
    keypad: {
      heading: 'Does every key respond, with the right digit?',
      body: [
        'On the amount screen press 0 to 9 one by one and check the digits.',
        'Then clear with 清除 and leave with 取消 (cancel). Do not press 确认 (confirm) and use no card.',
        'Separate PIN pad: does each press show a star while the customer types? If not, choose “Some keys are wrong”.',
      ],
      choices: { 'answer.yes': 'All fine', 'answer.no': 'Some keys are wrong' },
      summary: 'Every key working',
    },
    power: {
      heading: 'Is the power steady?',
      body: [
        'The original charger, enough charge, and it does not switch off or restart by itself.',
      ],
      choices: { 'answer.yes': 'Steady', 'answer.no': 'Not steady' },
      summary: 'Power steady',
    },
    fixPower: {
      heading: 'Check the power cable and charger',
      body: [
        'Use the original charger.',
        'Push the plugs firmly in. Try another socket that works.',
        'If the battery is low, charge it first, then try again.',
      ],
      fixedLooksLike: 'It no longer switches off, and the customer can enter the PIN.',
      summary: 'Checked the power cable and charger',
    },
    heat: {
      heading: 'Is the terminal hot, in the sun, or somewhere damp?',
      body: ['For example in direct sun, by a stove, or by a sink.'],
      summary: 'Hot or damp',
    },
    coolDry: {
      heading: 'Move the terminal somewhere cool and dry',
      body: [
        'Away from heat and steam.',
        'Let it cool down (about 10 minutes), then restart it.',
        'Do not use it while it is hot.',
      ],
      fixedLooksLike:
        'After the restart the screen and keys work, and the customer can enter the PIN.',
      summary: 'Moved somewhere cool and dry, restarted',
    },
    closeApps: {
      heading: 'Close other apps, then restart the terminal',
      body: [
        'If other apps are open on the terminal (for example membership or ordering apps), close them.',
        'Then switch off, wait 10 seconds, switch on.',
        'Reading system logs, installing patches, reinstalling: your provider does this, not you.',
      ],
      fixedLooksLike:
        'After the restart the customer can enter the PIN, and the next card sale goes through.',
      summary: 'Closed other apps and restarted',
    },
    network: {
      heading: 'Does the terminal show a network connection?',
      body: [
        'Look at the signal or Wi-Fi icon. Do other devices in the shop get online?',
        'Without a network the terminal never gets the payment instruction, so no PIN can be entered.',
      ],
      summary: 'Network working',
    },
    fixNetwork: {
      heading: 'Get the network back',
      body: [
        'Restart the shop’s router.',
        'Check the cable is firmly in. For the SIM card ask your provider; never open the case to look at it.',
        'Do not change the terminal’s network settings unless your provider tells you to.',
        'Still offline? Contact your network carrier.',
      ],
      fixedLooksLike: 'The signal icon is back, and the next card sale goes through.',
      summary: 'Restored the network',
    },
    config: {
      heading:
        'Were settings or passwords changed lately, or does the terminal say it has no permission?',
      body: [
        'For example a changed operator password, entry blocked after wrong tries, or it refuses this kind of payment.',
      ],
      summary: 'Settings changed, entry blocked or no permission',
    },
    resetConfig: {
      heading: 'Ask customer service to reset passwords and permissions the official way',
      body: [
        'China Mobile terminal: call China Mobile customer service, 10086. Other terminals: the provider number on your contract or label.',
        'Ask them to check the PIN-entry limits and the payment permissions.',
        'Ask them to back up the terminal’s data before any reset.',
        'Type any new password on the terminal yourself. Tell nobody.',
      ],
      ready: [
        'Business licence',
        'Your ID card',
        'The terminal’s serial number (S/N on the label)',
      ],
      fixedLooksLike:
        'After the reset the customer can enter the PIN, and the next card sale goes through.',
      summary: 'Asked customer service to reset PIN limits and permissions',
    },
    resolved: {
      heading: 'Fixed',
      body: ['You can take payments again.', 'If it comes back, open this guide again.'],
    },
    notTerminalFault: {
      heading: 'Your terminal needs no repair: go on taking payments',
      body: [
        'Other customers can pay by card and enter their PIN as usual.',
        'This customer sorts out their card with their own bank.',
        'If other customers cannot enter a PIN either, open this guide again.',
      ],
    },
    escalatedTamper: {
      heading: 'Ask customer service to replace or reactivate the terminal',
      body: [
        'Until it is replaced, take no cards and no PINs on this terminal.',
        'Tell customer service whether it was dropped, opened, wet, or has something in the card slot.',
        'They replace it, or reactivate it.',
        'Do not open the case. Do not repair it yourself.',
        'Customer service never asks you for passwords, card numbers or a payment.',
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
    escalatedPinPad: {
      heading: 'Ask your provider to check the PIN pad',
      body: [
        'Y5 is still there after reseating the cable and restarting.',
        'Your provider tests or replaces the PIN pad.',
        'Do not open the case.',
        'Until it is fixed, take QR-code payments or write sales down.',
      ],
    },
    escalatedRepair: {
      heading: 'Ask after-sales to check and repair it',
      body: [
        'The screen, keys or power have a hardware fault. It needs a repair or a replacement.',
        'Do not open the terminal yourself.',
        'Until it is repaired, take QR-code payments or write sales down.',
      ],
    },
    escalatedChinaMobile: {
      heading: 'Ask customer service to check and repair it',
      body: [
        'China Mobile terminal: call 10086. Any other terminal: call the provider number on your contract or the terminal label.',
        'You have tried everything you can do at the counter. The PIN chip or module may be faulty.',
        'They do the rest: system logs, patches or a reinstall, network packet loss, comparing with a working terminal.',
        'Until it is repaired, take QR-code payments or write sales down.',
        'Customer service never asks you for passwords, card numbers or a payment.',
      ],
    },
  },
};
