/**
 * Display text of the security-lock guide, keyed by state id, in both languages. The shared
 * steps' words come from `../shared/safetySteps.content.ts`; only this guide's own steps are here.
 */
import { doubtEnd, sharedText, stopLines, tamperLines } from '../shared/safetySteps.content';
import type { GuideText, Lang } from '../types';

function shared(lang: Lang) {
  const {
    stopTamper,
    network: _n,
    shopOnline: _s,
    fixRouter: _r,
    fixTerminalLink: _t,
    ...rest
  } = sharedText(lang);
  return { ...rest, stopUsing: stopTamper };
}

export const securityLockZh: GuideText = {
  title: '安全锁定',
  terminalMessage: '安全锁定',
  meaning: 'POS机把自己锁住了，暂时不能交易。最常见的原因是密码输错太多次。',
  states: {
    ...shared('zh'),
    resolvedTellProvider: doubtEnd.zh,
    screen: {
      heading: 'POS机屏幕上显示的是哪一种？',
      body: ['选最接近的一项。'],
      choices: {
        'screen.securityLock': '安全锁定',
        'screen.upgrading': '系统升级中／维护中',
        'screen.tampered': tamperLines.zh.alarmChoice,
        'screen.pinTries': '75 或 38 密码输入次数超限',
        'screen.gone': '没看清，或提示已经没了',
        'screen.other': '别的提示',
      },
      summary: '屏幕提示',
    },
    tamperCheck: {
      heading: tamperLines.zh.question,
      body: [tamperLines.zh.visit, tamperLines.zh.overnight, '这些都可能触发防拆保护。'],
      choices: { 'answer.unsure': '说不准' },
      summary: tamperLines.zh.summary,
    },
    wrongPasswords: {
      heading: '锁住之前，有人连续输错过POS机上的密码吗？',
      body: [
        '比如操作员密码、主管密码，或POS机绑定的你自己银行卡的密码。',
        '先别再试：再输错，会锁得更久。',
        '顾客输错自己的卡密码（屏幕显示 75 或 38），不算这种。',
      ],
      choices: { 'answer.yes': '输错过', 'answer.no': '没有', 'answer.unsure': '不知道' },
      summary: '锁定前是否连续输错POS机上的密码',
    },
    passwordReset: {
      heading: '别再试密码，打服务商电话重置',
      body: [
        '拨合同上或机身标签上的服务商电话，说“安全锁定，密码输错了”。',
        '服务商核对身份后，重置操作员密码或主管密码。',
        '新密码自己在POS机上输入。服务商不会问你密码，也不收“解锁费”。',
      ],
      ready: ['营业执照', '身份证', '机身标签上的序列号（S/N）', '商户号和终端号（在小票上）'],
      more: [
        '操作员密码和主管密码，只能由服务商按官方流程重置。',
        '只有一种情况用手机银行：POS机绑定的是你个人的银行卡，锁住是因为输错了这张卡的密码。那就在这家银行的手机银行App里改密码后解锁。',
        '可以报序列号、商户号和终端号；你的密码永远不说。',
      ],
      fixedLooksLike: '不再显示「安全锁定」，POS机回到平时的首页。',
      summary: '打服务商电话重置密码',
    },
    lookChecks: {
      heading: '打电话之前：看网络、看地址，再重启',
      body: [
        '没有信号：先看店里的手机能不能上网，不能就重启路由器。',
        '网线插牢；Wi-Fi 不是平时那个，就在列表里点回去；拿到别处用过，就带回登记的地址。',
        '然后关机，等 10 秒，再开机。',
      ],
      more: [
        '重启路由器前，先确认店里没有别的POS机正在收款。',
        '手机能上网、只有POS机没信号：只查它的网线或 Wi-Fi，别的设置都不要动。',
        'POS机和登记的地址绑定，在别处用，有的服务商会锁住它（移机）。拿到别处用过，就带回来。',
        '要输 Wi-Fi 密码或改别的网络设置，先问服务商。',
      ],
      fixedLooksLike: '重启后不再显示「安全锁定」，POS机回到平时的首页。',
      summary: '看了信号、网线或 Wi-Fi、登记地址，并重启',
    },
    hardwareCheck: {
      heading: '按键、屏幕或读卡口有坏的地方吗？',
      body: ['比如按键不灵、屏幕花屏或不亮、刷卡插卡读不出来。'],
      summary: '按键、屏幕或读卡口是否损坏',
    },
    callProvider: {
      heading: '打一次服务商电话：查明原因并解锁',
      body: [
        '拨合同上或机身标签上的服务商电话，说“安全锁定”，把你看过的都告诉他们。',
        '请他们一次查清：远程锁定、系统升级什么时候完、搬过店要不要重新登记。',
        '他们不会向你要密码或卡号，也不会收“解锁费”。',
      ],
      more: ['可以报序列号、商户号和终端号；你的密码永远不说。'],
      ready: ['营业执照', '身份证', '机身标签上的序列号（S/N）', '商户号和终端号（在小票上）'],
      fixedLooksLike: '服务商解锁后，不再显示「安全锁定」，POS机回到平时的首页。',
      summary: '打服务商电话查原因并解锁',
    },
    waitForUpdate: {
      heading: '系统升级中：先等 30 分钟',
      body: [
        '升级期间POS机会暂时锁定，这是正常的，不要在上面交易。',
        stopLines.zh.payAnotherWay,
        '30 分钟后再看屏幕。',
      ],
      more: [
        '服务商的通知里写了结束时间，就到那个时间再看。',
        '只信屏幕上的提示和你自己打合同电话问到的消息，不信让你回复、点链接的短信。',
      ],
      fixedLooksLike: '升级结束，不再显示「系统升级中」或「安全锁定」，POS机回到平时的首页。',
      choices: {
        'fixed.yes': '升级完了，能用了',
        'answer.no': '升级完了，但还锁着',
        'answer.unsure': '还在升级',
      },
      summary: '系统升级中：等 30 分钟，期间改用其他方式收款',
    },
    upgradeLater: {
      heading: '还在升级：问服务商几点结束',
      body: [
        '拨合同上或机身标签上的服务商电话，问升级预计几点结束。',
        '到那个时间再看屏幕。这次排查会保留，回来时从这里继续。',
        stopLines.zh.payAnotherWay,
      ],
      ready: ['机身标签上的序列号（S/N）', '商户号和终端号（在小票上）'],
      more: [
        '可以报序列号、商户号和终端号；你的密码永远不说。',
        '他们不会向你要密码或卡号，也不会收“升级费”。',
      ],
      fixedLooksLike: '升级结束，不再显示「系统升级中」或「安全锁定」，POS机回到平时的首页。',
      choices: {
        'fixed.yes': '升级完了，能用了',
        'answer.no': '还是锁着（过了那个时间，或服务商说没在升级）',
      },
      summary: '还在升级：问了服务商几点结束',
    },
    wasCharged: {
      ...sharedText('zh').wasCharged,
      heading: '解锁了。再刷卡前先查：锁住时那一笔，POS机记录成功了吗？',
    },
    // Already unlocked: nothing left to check after it.
    alreadyPaid: {
      ...sharedText('zh').alreadyPaid,
      body: sharedText('zh').alreadyPaid.body!.slice(0, 2),
    },
    escalatedHardware: {
      heading: '请服务商安排专业维修',
      body: [
        '硬件坏了，只能由专业人员检测和维修。不要自己拆机：会弄坏更多，还会失去保修。',
        '保修期一般是一到两年，期内通常免费维修或更换。',
        stopLines.zh.payAnotherWay,
      ],
    },
    escalatedProvider: {
      heading: '告诉服务商：还是锁着',
      body: ['把这页的排查记录发给服务商，由他们接着处理。', stopLines.zh.payAnotherWay],
    },
  },
};

export const securityLockEn: GuideText = {
  title: 'Security lock',
  terminalMessage: '安全锁定',
  meaning:
    'Security locked: the terminal has locked itself and takes no payments. Most often, wrong passwords were typed too many times.',
  states: {
    ...shared('en'),
    resolvedTellProvider: doubtEnd.en,
    screen: {
      heading: 'What does the terminal screen show?',
      body: ['Pick the closest one.'],
      choices: {
        'screen.securityLock': '安全锁定 (security locked)',
        'screen.upgrading': '系统升级中／维护中 (system upgrade / maintenance)',
        'screen.tampered': tamperLines.en.alarmChoice,
        'screen.pinTries': '75 or 38 密码输入次数超限 (PIN tries exceeded)',
        'screen.gone': 'I did not see it, or the message is gone',
        'screen.other': 'Something else',
      },
      summary: 'Screen message',
    },
    tamperCheck: {
      heading: tamperLines.en.question,
      body: [
        tamperLines.en.visit,
        tamperLines.en.overnight,
        'Any of these can set off its tamper protection.',
      ],
      choices: { 'answer.unsure': 'Not sure' },
      summary: tamperLines.en.summary,
    },
    wrongPasswords: {
      heading: 'Before it locked, did someone type a wrong password on the terminal several times?',
      body: [
        'For example the operator or supervisor password, or the PIN of your own bank card the terminal is bound to.',
        'Stop trying now: more wrong tries lock it longer.',
        'A customer’s wrong card PIN (75 or 38 on the screen) is not this.',
      ],
      choices: {
        'answer.yes': 'Yes, wrong passwords',
        'answer.no': 'No',
        'answer.unsure': 'Do not know',
      },
      summary: 'Wrong passwords typed on the terminal before the lock',
    },
    passwordReset: {
      heading: 'Stop trying passwords: call your provider for a reset',
      body: [
        'Call the provider number on your contract or the terminal label. Say “security lock, wrong passwords”.',
        'Once they have checked who you are, they reset the operator or supervisor password.',
        'Type the new password on the terminal yourself. Your provider never asks for it and charges no “unlock fee”.',
      ],
      ready: [
        'Business licence',
        'ID card',
        'The serial number on the terminal’s label (S/N)',
        'Merchant and terminal numbers (on a receipt)',
      ],
      more: [
        'Operator and supervisor passwords are reset by your provider only, by their official process.',
        'A mobile-banking app helps in one case only: the terminal is bound to your personal bank card and it locked after wrong PINs of that card. Then change that card’s PIN in its bank’s app to unlock it.',
        'You may give the serial, merchant and terminal numbers; never your password.',
      ],
      fixedLooksLike:
        '「安全锁定」 (security locked) is gone and the terminal shows its usual home screen.',
      summary: 'Called the provider to reset the password',
    },
    lookChecks: {
      heading: 'Before you call: network, address, then a restart',
      body: [
        'No signal icon? See whether the shop’s phones get online; if they do not, restart the router.',
        'Cable firmly in; on another Wi-Fi, pick the usual one from the list; used elsewhere? Bring it back to its registered address.',
        'Then switch it off, wait 10 seconds, switch it on.',
      ],
      more: [
        'Before restarting the router, make sure no other terminal in the shop is mid-sale.',
        'Phones online but the terminal has no signal: check only its cable or Wi-Fi; change no other setting.',
        'A terminal is tied to its registered address; some providers lock one used elsewhere (relocation). If it was used elsewhere, bring it back.',
        'A Wi-Fi password or any other network setting: ask your provider first.',
      ],
      fixedLooksLike:
        'After the restart, 「安全锁定」 (security locked) is gone and the terminal shows its usual home screen.',
      summary: 'Looked at the signal, cable or Wi-Fi and the address; restarted',
    },
    hardwareCheck: {
      heading: 'Is the keypad, the screen or the card reader damaged?',
      body: ['For example keys that stick, a garbled or dark screen, cards that do not read.'],
      summary: 'Keypad, screen or card reader damaged',
    },
    callProvider: {
      heading: 'One call to your provider: find the cause and unlock',
      body: [
        'Call the provider number on your contract or the terminal label. Say “security lock” and tell them what you checked.',
        'Ask them to check it all in one go: a remote lock, when an upgrade ends, re-registration after a move.',
        'They never ask for your password or card numbers, and charge no “unlock fee”.',
      ],
      more: ['You may give the serial, merchant and terminal numbers; never your password.'],
      ready: [
        'Business licence',
        'ID card',
        'The serial number on the terminal’s label (S/N)',
        'Merchant and terminal numbers (on a receipt)',
      ],
      fixedLooksLike:
        'Once the provider has unlocked it, 「安全锁定」 is gone and the terminal shows its usual home screen.',
      summary: 'Called the provider to find the cause and unlock',
    },
    waitForUpdate: {
      heading: 'System upgrade: wait 30 minutes',
      body: [
        'During an upgrade the terminal locks for a while, which is normal: take no payments on it.',
        stopLines.en.payAnotherWay,
        'Look at the screen again in 30 minutes.',
      ],
      more: [
        'If your provider’s notice gives an end time, look again then.',
        'Trust only the screen and what you hear when you call the contract number yourself, never a text asking you to reply or open a link.',
      ],
      fixedLooksLike:
        'The upgrade is over: no 「系统升级中」 (upgrading) or 「安全锁定」, and the usual home screen is back.',
      choices: {
        'fixed.yes': 'Finished, it works',
        'answer.no': 'Finished, but still locked',
        'answer.unsure': 'Still upgrading',
      },
      summary: 'System upgrade: waited 30 minutes, took payment another way',
    },
    upgradeLater: {
      heading: 'Still upgrading: ask your provider when it ends',
      body: [
        'Call the provider number on your contract or the terminal label and ask when the upgrade will end.',
        'Look at the screen again at that time: this incident stays open, and you continue from here.',
        stopLines.en.payAnotherWay,
      ],
      ready: [
        'The serial number on the terminal’s label (S/N)',
        'Merchant and terminal numbers (on a receipt)',
      ],
      more: [
        'You may give the serial, merchant and terminal numbers; never your password.',
        'They never ask for your password or card numbers, and charge no “upgrade fee”.',
      ],
      fixedLooksLike:
        'The upgrade is over: no 「系统升级中」 (upgrading) or 「安全锁定」, and the usual home screen is back.',
      choices: {
        'fixed.yes': 'Finished, it works',
        'answer.no': 'Still locked (past that time, or the provider says no upgrade is running)',
      },
      summary: 'Still upgrading: asked the provider when it ends',
    },
    alreadyPaid: {
      ...sharedText('en').alreadyPaid,
      body: sharedText('en').alreadyPaid.body!.slice(0, 2),
    },
    wasCharged: {
      ...sharedText('en').wasCharged,
      heading:
        'Unlocked. Before the next card: was the sale running when it locked recorded as successful?',
    },
    escalatedHardware: {
      heading: 'Ask your provider for a professional repair',
      body: [
        'Broken hardware needs a professional. Never open it yourself: it causes more damage and voids the warranty.',
        'The warranty is usually one or two years, with free repair or replacement inside it.',
        stopLines.en.payAnotherWay,
      ],
    },
    escalatedProvider: {
      heading: 'Tell your provider it is still locked',
      body: [
        'Send your provider this page’s record; they take it from here.',
        stopLines.en.payAnotherWay,
      ],
    },
  },
};
