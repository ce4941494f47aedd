/**
 * Display text of the cannot-enter-the-PIN guide, keyed by state id, in both languages. The
 * shared steps' words come from `../shared/safetySteps.content.ts`; only this guide's own steps
 * (and the tamper stop, which must also stop PIN entry) are here.
 */
import { doubtEnd, sharedText, stopLines, tamperLines } from '../shared/safetySteps.content';
import type { GuideText, Lang } from '../types';

function shared(lang: Lang) {
  const { stopTamper: _s, ...rest } = sharedText(lang);
  return rest;
}

/**
 * The charge check here comes after the clear key, when the sale is left and started again: it
 * asks about this customer's sale; "successful" means the PIN did go in (the run ends there), and
 * "cannot check" means this customer pays another way, never by card again. A sale stopped at the
 * PIN screen never reached the bank, so the usual answer is "not in the record" (not charged,
 * DOMAIN.md: the record settles it); 「重打印末笔」 reprints the last *successful* sale, often the
 * previous customer's, so it must not be read as this one (second reader W1).
 */
function chargeText(lang: Lang) {
  const { wasCharged, alreadyPaid, checkCharge } = sharedText(lang);
  return lang === 'zh'
    ? {
        wasCharged: {
          ...wasCharged,
          heading: '先按「取消」退出。这位顾客这一笔，POS机记录的是交易成功吗？',
          body: [
            '在「交易查询」或商户App里，按时间和金额找这一笔。「重打印末笔」打出的是最后一笔成功的，常是上一位顾客的。',
            ...wasCharged.body!.slice(1),
          ],
          choices: {
            'answer.yes': '这一笔成功了',
            'answer.no': '没有成功，或记录里没有这一笔',
            'answer.unsure': '查不了',
          },
          summary: '这位顾客这一笔是否成功',
        },
        alreadyPaid: {
          ...alreadyPaid,
          body: [
            'POS机记录这笔成功，说明密码已经输进去了。不要再刷他的卡，也不要让他扫码再付。',
            alreadyPaid.body![1]!,
          ],
        },
        checkCharge: {
          ...checkCharge,
          body: [
            '就当这笔没付成：这位顾客请扫码或付现金，不要再刷他的卡。',
            ...checkCharge.body!.slice(1),
          ],
        },
      }
    : {
        wasCharged: {
          ...wasCharged,
          heading:
            'Press 「取消」 (cancel) to leave the sale. Is this customer’s sale recorded as successful on the terminal?',
          body: [
            'Find this sale by time and amount in 「交易查询」 (query) or the merchant app. 「重打印末笔」 (reprint last) prints the last successful sale, often the previous customer’s.',
            ...wasCharged.body!.slice(1),
          ],
          choices: {
            'answer.yes': 'This sale went through',
            'answer.no': 'Not successful, or not in the record',
            'answer.unsure': 'Cannot check',
          },
          summary: 'This customer’s sale recorded as successful',
        },
        alreadyPaid: {
          ...alreadyPaid,
          body: [
            'The terminal records this sale as successful, so the PIN did go in. Do not charge the card again or ask for a QR payment.',
            alreadyPaid.body![1]!,
          ],
        },
        checkCharge: {
          ...checkCharge,
          body: [
            'Count it as not paid: this customer pays by QR code or cash; do not charge their card again.',
            ...checkCharge.body!.slice(1),
          ],
        },
      };
}

export const pinEntryZh: GuideText = {
  title: '无法输入密码',
  terminalMessage: '无法输入密码',
  meaning: '顾客在密码键盘上输不进密码，或按键没反应、出错字。',
  states: {
    ...shared('zh'),
    resolvedTellProvider: doubtEnd.zh,
    ...chargeText('zh'),
    screen: {
      heading: '顾客输密码时，出现的是哪种情况？',
      body: ['对照屏幕和密码键盘，选最接近的一项。'],
      choices: {
        'screen.noResponse': '屏幕没反应，或输入界面显示不对',
        'screen.keys': '按键没反应，或按出来的字不对',
        'screen.enterPin': '一直提示「请输入密码」',
        'screen.wrongPin': '提示「密码错误」',
        'screen.y5': 'Y5 密码键盘通讯失败',
        'screen.pinTries': '75 或 38 密码输入次数超限',
        'screen.tampered': tamperLines.zh.alarmChoice,
        'screen.gone': '没看清，或提示已经没了',
        'screen.other': '别的情况',
      },
      summary: '现象',
    },
    wrongPinInfo: {
      heading: '「密码错误」多半是顾客输错了密码',
      terminalText: ['密码错误'],
      body: [
        '请顾客慢慢再输一次。你不看，也不替他输。',
        '换一张卡能成功，说明POS机没问题。',
        '每错一次都算进银行的次数限制，记不清就别一直试。',
      ],
      choices: {
        'fixed.yes': '再输一次或换卡后成功了',
        'fixed.no': '换卡也不行',
        'answer.unsure': '重输还是不行，也没有别的卡',
      },
      summary: '「密码错误」：请顾客慢慢重输或换卡',
    },
    noOtherCard: {
      heading: '多半是密码不对：请顾客扫码或付现金',
      body: [
        '别让顾客一直试密码：错太多次，这张卡会被他的银行限制。',
        '下一位顾客照常刷卡；他也输不了密码，再打开这个向导。',
      ],
    },
    tamperCheck: {
      heading: tamperLines.zh.questionPinPad,
      body: [
        tamperLines.zh.visit,
        tamperLines.zh.overnight,
        '被动过的密码键盘，可能泄露顾客的密码。',
      ],
      choices: { 'answer.unsure': '说不准' },
      summary: tamperLines.zh.summary,
    },
    stopUsing: {
      heading: '停止使用这台POS机',
      body: [
        '它可能被人动过，顾客的密码可能泄露。别再让顾客输密码，也别再刷卡。',
        tamperLines.zh.keepSafe,
        stopLines.zh.lastSale,
      ],
      more: [
        stopLines.zh.reversed,
        '它的支付密钥可能已被清除，柜台上处理不了。',
        tamperLines.zh.noRetries,
        stopLines.zh.payAnotherWay,
        tamperLines.zh.untilReplaced,
      ],
      choices: { next: '知道了' },
      summary: '已停止使用，POS机已关机保管',
    },
    pinPadCable: {
      heading: '检查密码键盘的连接线，再重启',
      body: ['外接密码键盘：看连接线两头是否插牢。', '关机，等 10 秒，再开机。', '不要打开机壳。'],
      more: ['密码键盘在机身上的，只做重启。'],
      fixedLooksLike: '不再显示 Y5，顾客能输入密码，下一笔刷卡能成功。',
      summary: '检查密码键盘连接线并重启',
    },
    clearKey: {
      heading: '长按密码键盘上的「清除」键',
      body: [
        '按住几秒，清掉当前的输入。这个键通常是黄色的，写着「清除」或「更正」。',
        '按的时候，看屏幕和指示灯有没有变化。',
        '然后请顾客自己重新输一次密码。',
      ],
      more: ['顾客记不清密码，就不要一直试：错太多次，卡会被银行限制。'],
      fixedLooksLike: '输入时屏幕显示星号，按「确认」后交易能继续。',
      summary: '长按清除键后重新输入',
    },
    cancelRestart: {
      heading: '重启POS机，再发起一笔交易',
      body: [
        '关机。用外接密码键盘的，把连接线两头插牢。',
        '等 10 秒，再开机。',
        '再发起一笔交易，请顾客自己输密码。这位顾客已改用别的方式付的：这页会保留，下一位顾客输完再回来选。',
      ],
      more: ['密码键盘在机身上的，不用管连接线。', '不要打开机壳。'],
      fixedLooksLike: '顾客输密码时屏幕出星号，按「确认」后交易能继续。',
      summary: '插牢密码键盘线、重启后重新发起交易',
    },
    knowsFlow: {
      heading: '收银员清楚这台POS机怎样输密码吗？',
      body: ['比如：等屏幕出现「请输入密码」再输，输完按「确认」。'],
      summary: '收银员是否清楚输密码的流程',
    },
    showFlow: {
      heading: '按正确的流程，让顾客自己输密码',
      body: [
        '等屏幕显示「请输入密码」，再把密码键盘交给顾客。',
        '顾客自己输，用手挡住。你不看，也不替他输。',
        '输完按「确认」，输错了按「清除」或「更正」。',
      ],
      more: [
        '按「取消」会退出这笔交易。',
        '触摸屏：用指腹点准每个数字，一次点一个，不要滑动。',
        '不要把顾客的密码或卡号输进本应用。',
      ],
      fixedLooksLike: '顾客输完密码，按「确认」后交易能继续。',
      summary: '按正确流程重新输密码',
    },
    display: {
      heading: '屏幕清楚、能看清吗？',
      body: ['没有黑块、花屏、坏点，颜色也正常。'],
      choices: { 'answer.yes': '清楚', 'answer.no': '看不清或有问题' },
      summary: '屏幕是否正常',
    },
    keypad: {
      heading: '在输金额的界面，按 0 到 9，数字都对吗？',
      body: [
        '只在输金额的界面试，不要在输密码的界面试。',
        '试完按「清除」清空，再按「取消」退出。不要按「确认」，也不要刷卡。',
      ],
      choices: { 'answer.yes': '都对', 'answer.no': '有的键不对' },
      summary: '按键是否都正常',
    },
    pinPadStars: {
      heading: '顾客输密码时，每按一下，屏幕上出一个星号吗？',
      body: ['看屏幕或外接密码键盘上的星号（*）。只看星号，不看顾客按哪个键。'],
      choices: {
        'answer.yes': '每按一下出一个',
        'answer.no': '没有星号或不对',
        'answer.unsure': '没看到',
      },
      summary: '输密码时是否每按一下出一个星号',
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
      fixedLooksLike: 'POS机不再自己关机，顾客能正常输入密码。',
      summary: '检查电源线和充电器',
    },
    heat: {
      heading: 'POS机发烫，或放在太阳下、潮湿的地方吗？',
      body: ['比如阳光直晒、灶台边、水池边。'],
      summary: '是否过热或受潮',
    },
    coolDry: {
      heading: '把POS机移到凉爽、干燥的地方',
      body: ['远离热源和水汽。', '等它凉下来（约 10 分钟），再重启。', '发烫时不要继续用。'],
      fixedLooksLike: '重启后屏幕和按键正常，顾客能输入密码。',
      summary: '移到凉爽干燥处并重启',
    },
    closeApps: {
      heading: '关掉其他应用，再重启POS机',
      body: ['POS机上开着别的应用（比如会员、点餐软件），先关掉。', '然后关机，等 10 秒，再开机。'],
      more: ['查系统日志、打补丁、重装系统，是服务商的工作，不用你做。'],
      fixedLooksLike: '重启后顾客能正常输入密码，下一笔刷卡能成功。',
      summary: '关掉其他应用并重启',
    },
    carrier: {
      heading: '这台POS机是中国移动的吗？',
      body: ['看机身或合同上有没有中国移动的标志。'],
      choices: { 'answer.yes': '是中国移动的', 'answer.no': '不是', 'answer.unsure': '不知道' },
      summary: '是否中国移动的POS机',
    },
    escalatedTamper: {
      heading: '请服务商换机或重新激活',
      body: [
        '这台POS机在柜台上处理不了。换机或重新激活之前，不要用它刷卡，也不要让顾客在上面输密码。',
        '告诉服务商屏幕上的报警（如果有），以及有没有摔过、拆过、进水、卡槽有异物或被陌生人碰过。',
        '不要打开机壳，不要自己修。',
      ],
      more: sharedText('zh').escalatedTamper.more,
    },
    escalatedPinPad: {
      heading: '请服务商检查密码键盘',
      body: [
        '连接线插好、重启后，还是显示 Y5。',
        '由服务商检测或更换密码键盘。不要打开机壳。',
        stopLines.zh.payAnotherWay,
      ],
    },
    escalatedRepair: {
      heading: '请服务商检测维修',
      body: [
        '屏幕、按键或电源有硬件问题，要维修或更换。不要自己拆机。',
        '一次电话说清你看到的问题，把这页的记录发给他们。',
        stopLines.zh.payAnotherWay,
      ],
    },
    escalatedRepairChinaMobile: {
      heading: '请中国移动检测维修',
      body: [
        '屏幕、按键或电源有硬件问题，要维修或更换。不要自己拆机。',
        '中国移动的POS机：打合同上的服务电话，或中国移动客服 10086。',
        stopLines.zh.payAnotherWay,
      ],
    },
    escalatedSupport: {
      heading: '请服务商检测',
      body: [
        '柜台能做的都试过了，可能是密码键盘里面的部件坏了。',
        '一次电话说清：请他们查密码输入限制、收款权限、设置和软件；最近改过设置或密码，也告诉他们。',
        stopLines.zh.payAnotherWay,
      ],
    },
    escalatedSupportChinaMobile: {
      heading: '请中国移动检测',
      body: [
        '柜台能做的都试过了，可能是密码键盘里面的部件坏了。',
        '打合同上的服务电话或中国移动客服 10086，请他们查密码输入限制、权限、设置和软件。',
        stopLines.zh.payAnotherWay,
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
    ...shared('en'),
    resolvedTellProvider: doubtEnd.en,
    ...chargeText('en'),
    screen: {
      heading: 'What happens when the customer tries to enter the PIN?',
      body: ['Look at the screen and the PIN pad. Pick the closest one.'],
      choices: {
        'screen.noResponse': 'The screen does not react, or shows the entry screen wrongly',
        'screen.keys': 'Keys do nothing, or type the wrong character',
        'screen.enterPin': '「请输入密码」 keeps showing (please enter the PIN)',
        'screen.wrongPin': '「密码错误」 (wrong PIN)',
        'screen.y5': 'Y5 (PIN pad communication failure)',
        'screen.pinTries': '75 or 38 密码输入次数超限 (PIN tries exceeded)',
        'screen.tampered': tamperLines.en.alarmChoice,
        'screen.gone': 'I did not see it, or the message is gone',
        'screen.other': 'Something else',
      },
      summary: 'What happens',
    },
    wrongPinInfo: {
      heading: '「密码错误」 (wrong PIN) usually means the customer typed a wrong PIN',
      terminalText: ['密码错误'],
      body: [
        'Ask the customer to type it once more, slowly. Do not look, do not type it for them.',
        'If another card works, the terminal is fine.',
        'Each wrong try counts towards the bank’s limit: if they are unsure of the PIN, do not keep trying.',
      ],
      choices: {
        'fixed.yes': 'The retry or another card worked',
        'fixed.no': 'Another card fails too',
        'answer.unsure': 'The retry failed and there is no other card',
      },
      summary: '「密码错误」 (wrong PIN): slow retry or another card',
    },
    noOtherCard: {
      heading: 'Most likely a wrong PIN: the customer pays by QR code or cash',
      body: [
        'Do not let them keep trying the PIN: too many wrong tries and their bank blocks the card.',
        'The next customer pays by card as usual; if they cannot enter a PIN either, open this guide again.',
      ],
    },
    tamperCheck: {
      heading: tamperLines.en.questionPinPad,
      body: [
        tamperLines.en.visit,
        tamperLines.en.overnight,
        'A PIN pad someone has tampered with can leak customers’ PINs.',
      ],
      choices: { 'answer.unsure': 'Not sure' },
      summary: tamperLines.en.summary,
    },
    stopUsing: {
      heading: 'Stop using this terminal',
      body: [
        'It may have been tampered with, and customers’ PINs may leak. Take no more PINs or cards on it.',
        tamperLines.en.keepSafe,
        stopLines.en.lastSale,
      ],
      more: [
        stopLines.en.reversed,
        'Its payment keys may already be erased: this cannot be fixed at the counter.',
        tamperLines.en.noRetries,
        stopLines.en.payAnotherWay,
        tamperLines.en.untilReplaced,
      ],
      choices: { next: 'Understood' },
      summary: 'Stopped using it, switched off and kept safe',
    },
    pinPadCable: {
      heading: 'Check the PIN pad cable, then restart',
      body: [
        'A separate PIN pad: check its cable is firmly in at both ends.',
        'Switch off, wait 10 seconds, switch on.',
        'Do not open the case.',
      ],
      more: ['If the PIN pad is built in, just restart.'],
      fixedLooksLike:
        'Y5 is gone, the customer can enter the PIN, and the next card sale goes through.',
      summary: 'Checked the PIN pad cable and restarted',
    },
    clearKey: {
      heading: 'Long-press the clear key on the PIN pad',
      body: [
        'Hold it for a few seconds to clear the input. It is usually yellow, marked 「清除」 (clear) or 「更正」 (correction).',
        'Watch the screen and the lights while you press it.',
        'Then ask the customer to type the PIN again themselves.',
      ],
      more: [
        'If the customer is unsure of the PIN, do not keep trying: too many wrong tries and the bank blocks the card.',
      ],
      fixedLooksLike:
        'Stars appear as the PIN is typed, and after 「确认」 (confirm) the sale goes on.',
      summary: 'Long-pressed the clear key and re-entered',
    },
    cancelRestart: {
      heading: 'Restart the terminal, then start a sale again',
      body: [
        'Switch off. An external PIN pad: push its cable in at both ends.',
        'Wait 10 seconds, switch on.',
        'Start a sale again; the customer types the PIN. If this customer paid another way, this page stays open: answer after the next customer has tried.',
      ],
      more: ['A PIN pad built into the terminal has no cable to check.', 'Do not open the case.'],
      fixedLooksLike:
        'Stars appear as the customer types, and after 「确认」 (confirm) the sale goes on.',
      summary: 'Pushed the PIN pad cable in, restarted, started a sale again',
    },
    knowsFlow: {
      heading: 'Does the cashier know how the PIN is entered on this terminal?',
      body: [
        'For example: wait for 「请输入密码」 (enter PIN), type, then press 「确认」 (confirm).',
      ],
      summary: 'Cashier knows the PIN-entry steps',
    },
    showFlow: {
      heading: 'Let the customer enter the PIN the right way',
      body: [
        'Wait for 「请输入密码」 (enter PIN) on the screen, then hand the PIN pad to the customer.',
        'The customer types, covering the keys. You do not look and never type it for them.',
        'Then 「确认」 (confirm); after a mistake, 「清除」 or 「更正」 (clear).',
      ],
      more: [
        '「取消」 (cancel) ends the sale.',
        'Touch screen: tap each digit squarely with a fingertip, one at a time, no swiping.',
        'Never type the customer’s PIN or card number into this app.',
      ],
      fixedLooksLike: 'The customer enters the PIN, presses 「确认」, and the sale goes on.',
      summary: 'Re-entered the PIN the right way',
    },
    display: {
      heading: 'Is the screen clear and readable?',
      body: ['No black patches, garbled areas or dead pixels, and normal colours.'],
      choices: { 'answer.yes': 'Clear', 'answer.no': 'Hard to read or faulty' },
      summary: 'Screen working',
    },
    keypad: {
      heading: 'On the amount screen, press 0 to 9: are all the digits right?',
      body: [
        'Test on the amount screen only, never on the PIN screen.',
        'Then press 「清除」 (clear) and 「取消」 (cancel). Do not press 「确认」 (confirm) or take a card.',
      ],
      choices: { 'answer.yes': 'All right', 'answer.no': 'Some keys are wrong' },
      summary: 'All keys working',
    },
    pinPadStars: {
      heading: 'When the customer types the PIN, does one star appear per press?',
      body: ['Watch the stars (*) on the screen or the PIN pad. Watch the stars, not the keys.'],
      choices: {
        'answer.yes': 'One star per press',
        'answer.no': 'No stars, or wrong',
        'answer.unsure': 'Did not see',
      },
      summary: 'One star per press during PIN entry',
    },
    power: {
      heading: 'Is the power supply stable?',
      body: ['Original charger, enough battery, and it does not switch itself off or restart.'],
      choices: { 'answer.yes': 'Stable', 'answer.no': 'Not stable' },
      summary: 'Power stable',
    },
    fixPower: {
      heading: 'Check the power cable and charger',
      body: [
        'Use the original charger.',
        'Push plug and socket firmly in; try a socket that works.',
        'If the battery is low, charge it first, then try again.',
      ],
      fixedLooksLike: 'It no longer switches itself off, and the customer can enter the PIN.',
      summary: 'Checked power cable and charger',
    },
    heat: {
      heading: 'Is the terminal hot, in the sun, or somewhere damp?',
      body: ['For example in direct sun, by a stove or by a sink.'],
      summary: 'Overheated or damp',
    },
    coolDry: {
      heading: 'Move the terminal somewhere cool and dry',
      body: [
        'Away from heat and steam.',
        'Let it cool down (about 10 minutes), then restart it.',
        'Do not use it while it is hot.',
      ],
      fixedLooksLike: 'After the restart, screen and keys work and the customer can enter the PIN.',
      summary: 'Moved somewhere cool and dry, restarted',
    },
    closeApps: {
      heading: 'Close other apps, then restart the terminal',
      body: [
        'If other apps are open on the terminal (loyalty, ordering…), close them.',
        'Then switch off, wait 10 seconds, switch on.',
      ],
      more: [
        'Reading system logs, patches, reinstalling the system: your provider does that, not you.',
      ],
      fixedLooksLike:
        'After the restart the customer can enter the PIN and the next card sale goes through.',
      summary: 'Closed other apps and restarted',
    },
    carrier: {
      heading: 'Is this a China Mobile terminal?',
      body: ['Look for the China Mobile logo on the terminal or the contract.'],
      choices: {
        'answer.yes': 'Yes, China Mobile',
        'answer.no': 'No',
        'answer.unsure': 'Do not know',
      },
      summary: 'China Mobile terminal',
    },
    escalatedTamper: {
      heading: 'Ask your provider to replace or reactivate the terminal',
      body: [
        'This terminal cannot be fixed at the counter. Until it is replaced or reactivated, take no cards and no PINs on it.',
        'Tell them the alarm on the screen, if any, and whether it was dropped, opened, wet, handled by a stranger or had something in the card slot.',
        'Do not open the case. Do not repair it yourself.',
      ],
      more: sharedText('en').escalatedTamper.more,
    },
    escalatedPinPad: {
      heading: 'Ask your provider to check the PIN pad',
      body: [
        'Y5 is still there after reseating the cable and restarting.',
        'Your provider tests or replaces the PIN pad. Do not open the case.',
        stopLines.en.payAnotherWay,
      ],
    },
    escalatedRepair: {
      heading: 'Ask your provider for a repair',
      body: [
        'The screen, keys or power are faulty and need repair or replacement. Do not open it.',
        'In one call, say what you saw and send them this page’s record.',
        stopLines.en.payAnotherWay,
      ],
    },
    escalatedRepairChinaMobile: {
      heading: 'Ask China Mobile for a repair',
      body: [
        'The screen, keys or power are faulty and need repair or replacement. Do not open it.',
        'A China Mobile terminal: call the service number on your contract, or China Mobile customer service 10086.',
        stopLines.en.payAnotherWay,
      ],
    },
    escalatedSupport: {
      heading: 'Ask your provider to test it',
      body: [
        'You have tried everything at the counter. A part inside the PIN pad may be faulty.',
        'In one call, ask them to check the PIN-entry limits, payment permissions, settings and software; say if settings or passwords changed lately.',
        stopLines.en.payAnotherWay,
      ],
    },
    escalatedSupportChinaMobile: {
      heading: 'Ask China Mobile to test it',
      body: [
        'You have tried everything at the counter: a part inside the PIN pad may be faulty.',
        'Call the service number on your contract or China Mobile on 10086; ask them to check the PIN-entry limits, permissions, settings and software.',
        stopLines.en.payAnotherWay,
      ],
    },
  },
};
