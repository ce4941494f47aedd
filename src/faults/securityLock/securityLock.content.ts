/**
 * Display text of the security-lock guide, keyed by state id, in both languages. The shared
 * steps' words come from `../shared/safetySteps.content.ts`; only this guide's own steps are here.
 */
import { sharedText, stopLines, tamperLines } from '../shared/safetySteps.content';
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
    waitForUpdate: {
      heading: '系统升级中：先等一等',
      body: [
        '升级或维护期间，POS机暂时锁定，这是正常的。不要在上面交易。',
        '先用扫码收款，或手工记账。',
        '过一会儿再看屏幕：升级完了吗？',
      ],
      more: ['只信屏幕上的提示和你自己打合同电话问到的消息，不信让你回复、点链接的短信。'],
      fixedLooksLike: '升级结束，不再锁定，下一笔刷卡能成功。',
      choices: {
        'fixed.yes': '升级完了，能用了',
        'fixed.no': '升级完了，还是锁着',
        'answer.unsure': '还在升级，等会儿再看',
      },
      summary: '系统升级中：等待，期间改用其他方式收款',
    },
    upgradeLater: {
      heading: '先去忙，等会儿回来看',
      body: [
        '这次排查会保留在本应用里，回来时从这里继续。',
        '升级期间先用扫码或手工记账收款。',
        '再看时，屏幕上怎样了？',
      ],
      choices: { 'fixed.yes': '升级完了，能用了', 'fixed.no': '还是锁着' },
      summary: '还在升级，稍后再看',
    },
    lookChecks: {
      heading: '打电话之前：看三样，再重启',
      body: [
        '信号图标：有没有信号？没有就重启店里的路由器。',
        '网线插牢；用 Wi-Fi 的，连的是平时那个。',
        'POS机在登记的营业地址吗？拿到别处用过，就带回来。',
      ],
      more: [
        'POS机和登记的地址绑定，在别处用，有的服务商会锁住它（移机）。',
        '看完后关机，等 10 秒，再开机。',
        '不要自己改POS机的网络设置。',
      ],
      fixedLooksLike: '重启后不再锁定，下一笔刷卡能成功。',
      summary: '看了信号、网线或 Wi-Fi、是否在登记地址，并重启',
    },
    hardwareCheck: {
      heading: '按键、屏幕或读卡口有坏的地方吗？',
      body: ['比如按键不灵、屏幕花屏或不亮、刷卡插卡读不出来。'],
      summary: '按键、屏幕或读卡口是否损坏',
    },
    wrongPasswords: {
      heading: '锁定之前，是不是连续输错了几次密码？',
      body: ['店员的操作员密码或主管密码。顾客输错卡密码、屏幕显示 75 或 38 的，不是这种锁。'],
      summary: '锁定前是否多次输错密码',
    },
    passwordReset: {
      heading: '打一次服务商电话：重置密码并解锁',
      body: [
        '拨合同上或机身标签上的服务商电话，说“安全锁定，密码输错了”。',
        '重置的是POS机的操作员或主管密码，不是顾客的卡密码。',
        '新密码自己在POS机上输入，不要告诉任何人。',
      ],
      more: [
        'POS机绑定的是你个人的银行卡：服务商可能让你在那家银行的手机银行App里重置POS机的密码。只按服务商说的做。',
        '一次电话说清：输错过密码；你已看过信号、网线和地址；问清有没有远程锁定或升级。',
        '可以报序列号、商户号和终端号；你的密码永远不说。',
      ],
      ready: ['营业执照', '身份证', '机身标签上的序列号（S/N）', '商户号和终端号（在小票上）'],
      fixedLooksLike: '不再显示“安全锁定”，下一笔刷卡能成功。',
      summary: '打服务商电话重置密码',
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
      fixedLooksLike: '服务商解锁后，下一笔刷卡能成功。',
      summary: '打服务商电话查原因并解锁',
    },
    escalatedHardware: {
      heading: '请服务商安排专业维修',
      body: [
        '硬件坏了，只能由专业人员检测和维修。不要自己拆机：会弄坏更多，还会失去保修。',
        '保修期一般是一到两年，期内通常免费维修或更换。',
        stopLines.zh.untilFixed,
      ],
    },
    escalatedProvider: {
      heading: '告诉服务商：还是锁着',
      body: [
        '你在柜台能做的都试过了。把这页的排查记录发给服务商，由他们接着处理。',
        '在此之前，先用扫码或手工记账收款。',
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
    ...shared('en'),
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
    waitForUpdate: {
      heading: 'System upgrade: wait a while',
      body: [
        'During an upgrade or maintenance the terminal locks for a while. That is normal. Take no payments on it.',
        'Take QR-code payments or write sales down meanwhile.',
        'Look at the screen again in a while: has the upgrade finished?',
      ],
      more: [
        'Trust only the screen and what you heard when you called the contract number yourself, never a text asking you to reply or open a link.',
      ],
      fixedLooksLike:
        'The upgrade is over, it is no longer locked, and the next card sale goes through.',
      choices: {
        'fixed.yes': 'Finished, it works',
        'fixed.no': 'Finished, still locked',
        'answer.unsure': 'Still upgrading: look again later',
      },
      summary: 'System upgrade: waited, took payment another way',
    },
    upgradeLater: {
      heading: 'Carry on and come back later',
      body: [
        'This incident stays open in the app; you continue from here.',
        'Meanwhile take QR-code payments or write sales down.',
        'When you look again, what does the screen show?',
      ],
      choices: { 'fixed.yes': 'Finished, it works', 'fixed.no': 'Still locked' },
      summary: 'Still upgrading: looked again later',
    },
    lookChecks: {
      heading: 'Before you call: check three things, then restart',
      body: [
        'The signal icon: any signal? If not, restart the shop’s router.',
        'The network cable is firmly in; on Wi-Fi, it is on the usual network.',
        'Is the terminal at its registered business address? If it was used elsewhere, bring it back.',
      ],
      more: [
        'A terminal is tied to its registered address; some providers lock one that is used elsewhere (relocation).',
        'Then switch it off, wait 10 seconds, switch it on.',
        'Do not change the terminal’s network settings yourself.',
      ],
      fixedLooksLike: 'No lock after the restart, and the next card sale goes through.',
      summary: 'Looked at the signal, cable or Wi-Fi and the address; restarted',
    },
    hardwareCheck: {
      heading: 'Is the keypad, the screen or the card reader damaged?',
      body: ['For example keys that stick, a garbled or dark screen, cards that do not read.'],
      summary: 'Keypad, screen or card reader damaged',
    },
    wrongPasswords: {
      heading: 'Before it locked, were wrong passwords typed several times?',
      body: [
        'The operator or supervisor password. A customer’s wrong card PIN (75 or 38 on screen) is not this lock.',
      ],
      summary: 'Wrong passwords typed before the lock',
    },
    passwordReset: {
      heading: 'One call to your provider: reset the password and unlock',
      body: [
        'Call the provider number on your contract or the terminal label. Say “security lock, wrong passwords”.',
        'What is reset is the terminal’s operator or supervisor password, never a customer’s card PIN.',
        'Type the new password on the terminal yourself. Never tell anyone.',
      ],
      more: [
        'If the terminal is bound to your personal bank card, your provider may tell you to reset the terminal’s password in that bank’s mobile-banking app. Do only what they tell you.',
        'Say everything in one call: wrong passwords were typed; you checked the signal, cable and address; ask about a remote lock or an upgrade.',
        'You may give the serial, merchant and terminal numbers; never your password.',
      ],
      ready: [
        'Business licence',
        'ID card',
        'The serial number on the terminal’s label (S/N)',
        'Merchant and terminal numbers (on a receipt)',
      ],
      fixedLooksLike: '“Security locked” is gone, and the next card sale goes through.',
      summary: 'Called the provider to reset the password',
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
      fixedLooksLike: 'After the provider unlocks it, the next card sale goes through.',
      summary: 'Called the provider to find the cause and unlock',
    },
    escalatedHardware: {
      heading: 'Ask your provider for a professional repair',
      body: [
        'Broken hardware needs a professional. Never open it yourself: it causes more damage and voids the warranty.',
        'The warranty is usually one or two years, with free repair or replacement inside it.',
        'Until it is repaired, take QR-code payments or write sales down.',
      ],
    },
    escalatedProvider: {
      heading: 'Tell your provider it is still locked',
      body: [
        'You have tried everything at the counter. Send them this page’s record; they take it from here.',
        'Meanwhile take QR-code payments or write sales down.',
      ],
    },
  },
};
