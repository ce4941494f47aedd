/**
 * Display text of the communication-failure guide, keyed by state id, in both languages. The
 * shared steps' words come from `../shared/safetySteps.content.ts`; only this guide's own steps
 * are here. DOMAIN.md's network advice: the merchant checks what the provider tells them (right
 * Wi-Fi / SIM, cable, the terminal at its registered place), restarts the router only after the
 * shop's other devices are offline too, and never changes network settings on their own.
 */
import { sharedText, signInNetworkFixes, stopLines } from '../shared/safetySteps.content';
import type { GuideText, Lang } from '../types';

function shared(lang: Lang) {
  const {
    lookCheck: _l,
    stopTamper: _s,
    escalatedTamper: _e,
    customerPinTries: _c,
    notTerminalFault: _n,
    ...rest
  } = sharedText(lang);
  return { ...rest, ...signInNetworkFixes(lang) };
}

export const commFailureZh: GuideText = {
  title: '通讯失败',
  terminalMessage: '通讯失败',
  meaning: 'POS机连不上银行的系统：刷卡发不出去，或等不到回应。',
  states: {
    ...shared('zh'),
    screen: {
      heading: 'POS机屏幕上写的是哪一种？',
      body: ['选最接近的一种。'],
      choices: {
        'screen.commFail': '通讯失败、连接超时、网络异常',
        'screen.signInFail': '签到失败',
        'screen.hostBusy': '96、98、91、92 这类代码，或“请稍后重试”',
        'screen.gone': '没看清，或提示已经没了',
        'screen.other': '别的提示',
      },
      summary: '屏幕提示',
    },
    hostDown: {
      heading: '银行那边的系统忙或暂停：先等 10 到 15 分钟',
      body: [
        `这不是你店里能修的。${stopLines.zh.payAnotherWay}`,
        '过 10 到 15 分钟，再试一笔。',
        '不要反复刷同一张卡：先查末笔，确认没有扣款。',
      ],
      more: [
        '96 多半是银联一时不通，附近的店一般也一样。',
        '98、91、92 是这张卡的银行没有回应：换一张别家银行的卡可能就行。',
      ],
      fixedLooksLike: '再试一笔，刷卡成功。',
      summary: '等银行系统恢复，期间换方式收款',
    },
    restart: {
      heading: '重启POS机，再签到',
      body: [
        '关机，等 10 秒，再开机。等信号图标出来。',
        '再在菜单里手动「签到」（常在「管理」里，如果你的机器有）。',
        '要操作员密码时，自己输入，不要告诉任何人。',
      ],
      more: ['重启不会删掉交易记录。'],
      fixedLooksLike: '签到成功，下一笔刷卡能成功。',
      summary: '重启POS机并签到',
    },
    hostCheck: {
      heading: '店里别的POS机或旁边的店，现在也刷不了卡吗？',
      body: ['问一问旁边的店，或看服务商商户App里的通知。'],
      choices: {
        'answer.yes': '是，别处也不行',
        'answer.no': '只有这台不行',
        'answer.unsure': '不知道',
      },
      summary: '是否银行系统的问题（别处也刷不了）',
    },
    callProvider: {
      heading: '打一次电话给服务商',
      body: [
        '自己拨合同上或机身标签上的服务商电话。',
        '说清：屏幕提示、信号图标、店里网络是否正常、POS机有没有搬过地方、已经重启和签到过。',
        '网络设置、SIM 卡和线路，都按服务商说的做。',
      ],
      more: ['可以报序列号（S/N）、商户号和终端号；密码永远不说。'],
      ready: ['机身标签上的序列号（S/N）', '小票上的商户号和终端号', '屏幕提示的照片'],
      fixedLooksLike: '按服务商的指导操作后，签到成功，下一笔刷卡能成功。',
      summary: '打电话给服务商',
    },
    escalatedProvider: {
      heading: '等服务商处理',
      body: [
        '柜台能做的都试过了。把这页的排查记录发给服务商，由他们检查线路、SIM 卡和后台。',
        stopLines.zh.payAnotherWay,
        '不要自己改POS机的网络设置。',
      ],
    },
  },
};

export const commFailureEn: GuideText = {
  title: 'Communication failure',
  terminalMessage: '通讯失败',
  meaning:
    '“Communication failure”: the terminal cannot reach the bank’s system, so a card payment is not sent or gets no answer.',
  states: {
    ...shared('en'),
    screen: {
      heading: 'What does the terminal screen say?',
      body: ['Pick the closest one. The terminal shows it in Chinese.'],
      choices: {
        'screen.commFail':
          '通讯失败, 连接超时, 网络异常 (communication failure, connection timeout, network error)',
        'screen.signInFail': '签到失败 (sign-in failed)',
        'screen.hostBusy': 'A code such as 96, 98, 91, 92, or 请稍后重试 (try again later)',
        'screen.gone': 'I did not see it, or the message is gone',
        'screen.other': 'Something else',
      },
      summary: 'Screen message',
    },
    hostDown: {
      heading: 'The bank’s system is busy or down: wait 10 to 15 minutes',
      body: [
        `Your shop cannot fix this. ${stopLines.en.payAnotherWay}`,
        'Try a sale again in 10 to 15 minutes.',
        'Do not keep trying the same card: check the last sale first, so nobody is charged twice.',
      ],
      more: [
        '96 usually means UnionPay is briefly down; shops nearby see the same.',
        '98, 91, 92 mean this card’s bank is not answering: a card from another bank may work.',
      ],
      fixedLooksLike: 'The next card sale goes through.',
      summary: 'Waited for the bank’s system; took payment another way meanwhile',
    },
    restart: {
      heading: 'Restart the terminal, then sign in again',
      body: [
        'Switch off, wait 10 seconds, switch on. Wait for the signal icon.',
        'Then do a manual sign-in (「签到」) from the menu, often under 「管理」 (management), if your terminal has it.',
        'If it asks for the operator password, type it yourself. Never tell anyone.',
      ],
      more: ['A restart does not delete your sales.'],
      fixedLooksLike: 'Sign-in succeeds, and the next card sale goes through.',
      summary: 'Restarted the terminal and signed in',
    },
    hostCheck: {
      heading: 'Do other terminals in the shop, or shops nearby, fail too right now?',
      body: ['Ask a neighbouring shop, or look for a notice in your provider’s merchant app.'],
      choices: {
        'answer.yes': 'Yes, elsewhere too',
        'answer.no': 'Only this terminal',
        'answer.unsure': 'Do not know',
      },
      summary: 'The bank’s system (other places fail too)',
    },
    callProvider: {
      heading: 'Call your provider once',
      body: [
        'Call the provider number on your contract or the terminal label yourself.',
        'Tell them: the screen message, the signal icon, whether the shop’s network works, whether the terminal was moved, that you restarted and signed in.',
        'Network settings, the SIM card and the line: do only what the provider tells you.',
      ],
      more: [
        'You may give the serial number (S/N), merchant and terminal numbers. Never a password.',
      ],
      ready: [
        'The serial number on the terminal’s label (S/N)',
        'The merchant and terminal numbers on a receipt',
        'A photo of the screen message',
      ],
      fixedLooksLike:
        'After the provider’s instructions, sign-in succeeds and the next card sale goes through.',
      summary: 'Called the provider',
    },
    escalatedProvider: {
      heading: 'Your provider takes it from here',
      body: [
        'You have tried everything you can do at the counter. Send your provider this page’s record: they check the line, the SIM and their system.',
        stopLines.en.payAnotherWay,
        'Do not change the terminal’s network settings yourself.',
      ],
    },
  },
};
