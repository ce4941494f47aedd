/**
 * Display text of the key-error guide, keyed by state id, in both languages. The shared steps'
 * words come from `../shared/safetySteps.content.ts`; only this guide's own steps are here.
 */
import {
  sharedText,
  signInNetworkFixes,
  stopLines,
  tamperLines,
} from '../shared/safetySteps.content';
import type { GuideText, Lang } from '../types';

function shared(lang: Lang) {
  const {
    stopTamper,
    customerPinTries: _c,
    notTerminalFault: _n,
    lookCheck,
    ...rest
  } = sharedText(lang);
  // Here a doubt the look does not clear stops card payments (the key may be exposed).
  const doubt =
    lang === 'zh'
      ? '什么都没看到、心里还是不踏实：先停刷卡，请服务商检查密钥。不是换机，POS机留在店里。'
      : 'Nothing seen but still uneasy? Stop taking cards for now and have your provider check the key. It is not a replacement: the terminal stays with you.';
  return {
    ...rest,
    stopTampered: stopTamper,
    lookCheck: { ...lookCheck, body: [...lookCheck.body!.slice(0, 2), doubt] },
  };
}

export const keyErrorZh: GuideText = {
  title: '密钥错误',
  terminalMessage: '密钥错误，请重新启动客户端',
  meaning: 'POS机的加密密钥出错，刷卡交易暂时无法进行。密钥不对时，刷卡不安全，也不会成功。',
  states: {
    ...shared('zh'),
    ...signInNetworkFixes('zh'),
    // The "upgrade the key" scam belongs to this fault: a run fixed by first aid never asked.
    // As at scamWarning: give nothing; cards stop only if something was already given.
    resolved: {
      heading: '好了，问题解决了',
      body: [
        '可以继续收款了。如果再出现，再打开这个向导。',
        '最近有人来电或发短信说要“升级密钥”？那是诈骗：什么都不给，自己拨合同上的电话核实。',
        '已经给了对方什么，或点了他的链接：停止刷卡，打服务商电话；转了钱或给了卡号、密码，再打 110 和 96110。',
      ],
    },
    screen: {
      heading: 'POS机屏幕上写的是哪一句？',
      body: ['选最接近的一句。'],
      choices: {
        'screen.keyError': '密钥错误，请重新启动客户端',
        'screen.a0': 'A0 校验错，请重新签到',
        'screen.99': '99 PIN格式错，请重新签到',
        'screen.xe': 'XE 写密钥失败',
        'screen.tampered': tamperLines.zh.alarmChoice,
        'screen.gone': '没看清，或提示已经没了',
        'screen.other': '别的提示',
      },
      summary: '屏幕提示',
    },
    exposure: {
      heading: tamperLines.zh.question,
      body: [tamperLines.zh.visit, tamperLines.zh.overnight, '这些都可能让密钥泄露。'],
      choices: { 'answer.unsure': '说不准' },
      summary: '密钥是否可能泄露',
    },
    stopCards: {
      heading: '停止用这台POS机刷卡',
      body: [
        '密钥可能已泄露，继续刷卡不安全。要不要换密钥，由服务商检查后决定。',
        '关机，放在身边。不要打开机壳，也不要去取卡槽里的东西。',
        stopLines.zh.lastSale,
      ],
      more: [
        stopLines.zh.reversed,
        stopLines.zh.payAnotherWay,
        '服务商检查过、说可以用了（需要时换好密钥、签到成功），才能再刷卡。',
      ],
      choices: { next: '知道了' },
      summary: '已停止刷卡，POS机已保管好',
    },
    restart: {
      heading: '先重开收款软件，再重启POS机',
      body: [
        '退出POS机上的收款软件（提示里说的「客户端」），再打开。',
        '还报错：关机，等 10 秒，再开机。',
      ],
      more: ['重启会清掉临时数据，不会删掉交易记录。'],
      fixedLooksLike: '不再报错，下一笔刷卡能成功。',
      summary: '重开收款软件并重启POS机',
    },
    signIn: {
      heading: '在POS机菜单里手动「签到」',
      body: [
        '签到要联网：先看一眼屏幕上的信号图标。',
        '「签到」常在「管理」菜单里（如果你的机器有）。找到后确认。',
        '要操作员密码时，自己输入，不要告诉任何人。',
      ],
      more: ['有的机器要先用 01 号操作员登录。', '签到会下载新的工作密钥，常常能解决密钥错误。'],
      ready: ['操作员号和密码（机器要求时）'],
      fixedLooksLike: '签到成功，下一笔刷卡能成功。',
      summary: '手动签到',
    },
    pinPadCable: {
      heading: '检查密码键盘的连接线，再重启',
      body: ['外接密码键盘：看连接线两头是否插牢。', '关机，等 10 秒，再开机。', '不要打开机壳。'],
      more: ['密码键盘在机身上的，只做重启。'],
      fixedLooksLike: '不再显示 XE，下一笔刷卡能成功。',
      summary: '检查密码键盘连接线并重启',
    },
    environment: {
      heading: 'POS机放在很热、很潮，或靠近电器的地方吗？',
      body: ['比如阳光直晒、灶台旁、微波炉或电磁炉旁。'],
      summary: '摆放环境',
    },
    moveTerminal: {
      heading: '把POS机移到凉爽、干燥的地方',
      body: ['远离热源、水汽和大功率电器。', '等 10 分钟，再重启。'],
      fixedLooksLike: '重启后不再报错，下一笔刷卡能成功。',
      summary: '移到凉爽干燥处并重启',
    },
    update: {
      heading: '更新POS机软件',
      body: [
        '菜单里有「软件更新」或「升级」的，在店里平时的网络下运行。',
        '只用机器菜单里的升级，不点短信里的链接。',
        '没有这个功能，就由服务商来做。',
      ],
      fixedLooksLike: '更新完成，重启后下一笔刷卡能成功。',
      summary: '更新POS机软件',
    },
    escalatedKeyExposed: {
      heading: '请服务商检查POS机和密钥',
      body: [
        '服务商检查过、说可以用之前，不要用这台POS机刷卡。',
        '告诉服务商发生了什么：摔过、进过水、被打开过、有陌生人单独碰过，或你说不准但不放心。',
        '有人上门说来维修或换密钥：先打合同上的电话核实，再让他碰POS机。',
      ],
      more: ['服务商按他们的流程检查POS机，需要时更新或重新灌装密钥。', stopLines.zh.payAnotherWay],
    },
    escalatedNewKey: {
      heading: '请服务商接着处理',
      body: [
        '柜台能做的都试过了。一次电话说清屏幕上的提示和你试过的步骤。',
        '查系统日志、下发新密钥，都由服务商判断和处理。',
        `等待期间，POS机放在身边。${stopLines.zh.payAnotherWay}`,
      ],
    },
    escalatedPinPad: {
      heading: '请服务商检查密码键盘并重新灌装密钥',
      body: [
        '连接线插好、重启后，还是显示 XE。',
        '由服务商检测密码键盘，再重新灌装密钥。不要打开机壳。',
        stopLines.zh.payAnotherWay,
      ],
    },
  },
};

export const keyErrorEn: GuideText = {
  title: 'Key error',
  terminalMessage: '密钥错误，请重新启动客户端',
  meaning:
    'Key error, please restart the client: card payments cannot go through for now. While the key is wrong, card payments are not safe and will not succeed.',
  states: {
    ...shared('en'),
    ...signInNetworkFixes('en'),
    // The "upgrade the key" scam belongs to this fault: a run fixed by first aid never asked.
    // As at scamWarning: give nothing; cards stop only if something was already given.
    resolved: {
      heading: 'Fixed',
      body: [
        'You can take payments again. If it comes back, open this guide again.',
        'Did someone call or text about a “key upgrade” lately? It is a scam: give nothing, and check by calling the number on your contract yourself.',
        'Gave them anything or opened their link? Stop taking cards and call your provider. Sent money, or gave a card number or password: also 110 and 96110.',
      ],
    },
    screen: {
      heading: 'Which line does the terminal screen show?',
      body: ['Pick the closest one. The terminal shows it in Chinese.'],
      choices: {
        'screen.keyError': '密钥错误，请重新启动客户端 (key error, restart the client)',
        'screen.a0': 'A0 校验错，请重新签到 (check failed, sign in again)',
        'screen.99': '99 PIN格式错，请重新签到 (PIN format error, sign in again)',
        'screen.xe': 'XE 写密钥失败 (writing keys to the PIN pad failed)',
        'screen.tampered': tamperLines.en.alarmChoice,
        'screen.gone': 'I did not see it, or the message is gone',
        'screen.other': 'Something else',
      },
      summary: 'Screen message',
    },
    exposure: {
      heading: tamperLines.en.question,
      body: [tamperLines.en.visit, tamperLines.en.overnight, 'Any of these can expose the key.'],
      choices: { 'answer.unsure': 'Not sure' },
      summary: 'Key possibly exposed',
    },
    stopCards: {
      heading: 'Stop taking cards on this terminal',
      body: [
        'The key may be exposed: card payments on it are not safe. Your provider checks it and decides whether to replace the key.',
        'Switch it off and keep it with you. Do not open the case, and do not try to get anything out of the slot.',
        stopLines.en.lastSale,
      ],
      more: [
        stopLines.en.reversed,
        stopLines.en.payAnotherWay,
        'Take cards again only after your provider has checked it and says it is safe (with a new key and a sign-in, if needed).',
      ],
      choices: { next: 'Understood' },
      summary: 'Stopped card payments, terminal secured',
    },
    restart: {
      heading: 'Reopen the payment app, then restart the terminal',
      body: [
        'Quit the payment app on the terminal (the 「客户端」, “client”, in the message) and open it again.',
        'Still the error: switch off, wait 10 seconds, switch on.',
      ],
      more: ['A restart clears temporary data; it does not delete your sales.'],
      fixedLooksLike: 'No error, and the next card sale goes through.',
      summary: 'Reopened the payment app and restarted',
    },
    signIn: {
      heading: 'Do a manual sign-in (「签到」) on the terminal',
      body: [
        'A sign-in needs the network: glance at the signal icon first.',
        '「签到」 is often in the 「管理」 (management) menu, if your terminal has it. Find it and confirm.',
        'If it asks for the operator password, type it yourself. Never tell anyone.',
      ],
      more: [
        'Some terminals ask you to log in as operator 01 first.',
        'A sign-in downloads fresh working keys and often clears a key error.',
      ],
      ready: ['Operator number and password, if the terminal asks'],
      fixedLooksLike: 'Sign-in succeeds and the next card sale goes through.',
      summary: 'Manual sign-in',
    },
    pinPadCable: {
      heading: 'Check the PIN pad cable, then restart',
      body: [
        'A separate PIN pad: check its cable is firmly in at both ends.',
        'Switch off, wait 10 seconds, switch on.',
        'Do not open the case.',
      ],
      more: ['If the PIN pad is built in, just restart.'],
      fixedLooksLike: 'XE is gone, and the next card sale goes through.',
      summary: 'Checked the PIN pad cable and restarted',
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
        'If the menu has 「软件更新」 (software update) or 「升级」 (upgrade), run it on the shop’s usual network.',
        'Use only the terminal’s own menu, never a link in a text.',
        'If it has none, your provider does this.',
      ],
      fixedLooksLike: 'The update finishes, and after a restart the next card sale goes through.',
      summary: 'Updated the terminal software',
    },
    escalatedKeyExposed: {
      heading: 'Ask your provider to check the terminal and its key',
      body: [
        'Take no card payments on this terminal until your provider has checked it and says it is safe.',
        'Tell them what happened: dropped, wet, opened, handled by a stranger alone — or that you are not sure but uneasy.',
        'Someone comes to “repair it” or “change the key”? Call the number on your contract to check before they touch it.',
      ],
      more: [
        'Your provider checks the terminal and, if needed, updates or re-injects the key by their own procedure.',
        stopLines.en.payAnotherWay,
      ],
    },
    escalatedNewKey: {
      heading: 'Hand it to your provider',
      body: [
        'You have tried everything at the counter. In one call, tell them the screen message and what you tried.',
        'Reading the system log, sending a new key: your provider decides and does it.',
        `Keep the terminal with you. ${stopLines.en.payAnotherWay}`,
      ],
    },
    escalatedPinPad: {
      heading: 'Ask your provider to check the PIN pad and load new keys',
      body: [
        'XE is still there after reseating the cable and restarting.',
        'Your provider tests the PIN pad and loads new keys into it. Do not open the case.',
        stopLines.en.payAnotherWay,
      ],
    },
  },
};
