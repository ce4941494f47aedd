/**
 * The lookup's own text (English): whose problem it is, what to do per kind of answer, the
 * terminal messages that are not codes, and the "not found" question. Loaded with the lookup's
 * chunk, never on the first path. Every "what to do" is at most three short lines.
 */
import type { Widen } from '../i18n/featureText';

export const lookupTextEn = {
  colon: ': ',
  searchedFor: 'You searched for',
  loading: 'Looking it up…',
  terminalShows: 'The terminal shows',
  meaning: 'UnionPay’s code table',
  doNow: 'What to do now',
  matched: 'Matched',
  code: 'Code',
  alsoClose: 'This may fit too',
  openGuide: 'Open the guide',
  searchAgain: 'Search again',
  /** The heading of a "pick up" code: what the bank did, never "pick up the card". */
  pickUpTitle: 'The bank refused this card',
  whose: {
    ok: { label: 'Not a fault', line: 'The payment went through.' },
    partial: { label: 'Only part paid', line: 'The rest is not paid yet.' },
    card: { label: 'The customer’s card or bank', line: 'Your terminal is fine.' },
    shop: { label: 'Your terminal or shop', line: 'Try these steps here first.' },
    provider: {
      label: 'Your provider',
      line: 'Call once: the number on your contract or the terminal label.',
    },
    host: { label: 'The network or the bank’s system', line: 'Your terminal is probably fine.' },
  },
  /** An answer whose case the general `whose` line would overstate, by answer id. */
  whoseLine: {
    'msg:cardRead': 'If other cards work, your terminal is fine.',
    'guide:commFailure': 'Check the shop first, then the bank’s system.',
    'msg:chargedTwice': 'First find out whether both sales really succeeded.',
  },
  advice: {
    ok: ['Nothing to fix. Give the customer the slip.'],
    okConfirm: [
      'The payment went through, with a note from the bank’s system.',
      'Do not charge again. Keep the slip.',
      'If the customer doubts it, their bank confirms it.',
    ],
    partial: [
      'The bank approved only part of the amount: the screen or slip shows how much.',
      'Take the rest another way (another card, QR code or cash).',
    ],
    declined: [
      'The customer’s bank declined this card. Do not try it again.',
      'Ask for another card or another way to pay (QR code or cash).',
      'The customer can ask their bank why: the number is on the back of the card.',
    ],
    funds: [
      'Not enough money on this card. Do not try it again.',
      'Ask for another card or another way to pay (QR code or cash).',
    ],
    expired: [
      'This card has expired. Do not try it again.',
      'Ask for another card or another way to pay (QR code or cash).',
    ],
    wrongPin: [
      'The PIN was wrong. The customer may try once more, slowly, typing it themselves.',
      'Never type the PIN for them, and never ask for it.',
      'Wrong again: another card or another way to pay. Each wrong try counts at their bank.',
    ],
    pinTries: [
      'This card’s PIN was typed wrong too often; the customer’s bank has blocked it.',
      'Do not try it again. Ask for another card, a QR-code payment or cash.',
      'Only the customer’s bank can clear it: the number is on the back of the card.',
    ],
    pickUp: [
      'The bank refused this card. Do not try it again, and do not keep it.',
      'Tell the customer only: the bank did not accept it; please pay another way (QR code or cash).',
      'Do not argue. Afterwards, tell your provider the time and the amount.',
    ],
    useChip: [
      'Insert the card into the chip slot instead of swiping it.',
      'If the chip does not work either: another card or another way to pay.',
    ],
    tryCardOnce: [
      'Try once more: insert the chip or tap, instead of swiping.',
      'Still refused: ask for another card or another way to pay.',
    ],
    amount: [
      'Check the amount you typed (not 0, not too large), then try again.',
      'Still refused: call your provider once.',
    ],
    original: [
      'A void or refund does not match an original sale.',
      'Check the original slip (date, amount, reference number) and try again.',
      'Still refused: call your provider once, with the slip.',
    ],
    originalSignIn: [
      'A void or refund does not fit the original sale, or is past the days allowed.',
      'Before trying again, do a manual sign-in (「签到」), if your terminal has it, and check the original slip.',
      'Still refused: call your provider once, with the slip.',
    ],
    checkFirst: [
      'The sale may or may not have gone through.',
      'First check the last sale (交易查询 or 重打印末笔): never charge twice.',
      'Not charged: try once more, or take payment another way.',
    ],
    retryOnce: [
      'The bank’s system says the sale’s data had a format error. Check the last sale first (交易查询).',
      'Not charged: try once more.',
      'The same code again: call your provider once.',
    ],
    duplicate: [
      'The system saw this sale twice. Do not charge again yet.',
      'Check the last sale (交易查询 or 重打印末笔): if it went through, the customer has paid.',
      'Not charged: wait a minute, then try once more.',
    ],
    hostDown: [
      'The bank’s or UnionPay’s system is busy or down. Nothing in your shop can fix it.',
      'Take payment another way, and try again in 10 to 15 minutes.',
      'Still failing after that: open the communication guide.',
    ],
    signIn: [
      'Do a manual sign-in (「签到」) from the terminal menu, often under 「管理」 (management), if your terminal has it.',
      'Then try the sale again.',
      'The sign-in fails: open the communication guide.',
    ],
    keys: [
      'The terminal’s keys are out of step with the bank: a manual sign-in (「签到」) usually fixes it.',
      'The key-error guide starts there.',
    ],
    merchant: [
      'Your provider has to sort this out; the customer’s card is not broken.',
      'Take payment another way for now.',
      'When you call your provider, tell them the code.',
    ],
    security: [
      'The bank’s security team wants this sale checked. Do not try this card again.',
      'Ask for another way to pay (QR code or cash). Do not argue.',
      'When you call your provider, tell them the code.',
    ],
    notRegistered: [
      'The bank’s system has no registration for this terminal.',
      'Only your provider can fix it: tell them the code when you call.',
      'Take payment another way until then.',
    ],
    pinPad: [
      'The terminal cannot talk to its PIN pad.',
      'Check the PIN pad cable at both ends, then restart the terminal. Do not open the case.',
      'Still failing: call your provider once and tell them the code.',
    ],
    pinPadKeys: [
      'The PIN pad did not take its keys.',
      'Check the PIN pad cable at both ends, then restart the terminal. Do not open the case.',
      'Still failing: call your provider once and tell them the code.',
    ],
  },
  messages: {
    signInFail: {
      title: 'Sign-in failed, or not signed in',
      lines: [
        'Sign-in needs the network: look at the signal icon first.',
        'Then do a manual sign-in (「签到」) from the menu, often under 「管理」 (management), if your terminal has it.',
        'It fails again: open the communication guide.',
      ],
    },
    paperOut: {
      title: 'Printer out of paper',
      lines: [
        'Open the paper cover and put in a new roll, shiny side towards the print head.',
        'If the screen said the sale went through, it did: reprint the slip (重打印末笔).',
      ],
    },
    cardRead: {
      title: 'The card cannot be read',
      lines: [
        'Try once more: insert the chip (or tap) and hold still until it beeps.',
        'Another card works: this card is damaged. Ask for another way to pay.',
        'No card reads at all: call your provider once.',
      ],
    },
    lowBattery: {
      title: 'Low battery',
      lines: [
        'Put the terminal on its charger now and keep working on it.',
        'If it switched off during a sale, check the last sale (交易查询) before charging again.',
      ],
    },
    notActivated: {
      title: 'Terminal not activated',
      lines: [
        'A new or reset terminal is activated by your provider.',
        'Call the number on your contract or the terminal label yourself, with the serial number (S/N).',
        'A caller who asks for the serial number, a password or an “activation fee” is a scammer.',
      ],
    },
    duplicate: {
      title: 'Duplicate transaction',
      lines: [
        'The system saw this sale twice. Do not charge again yet.',
        'Check the last sale (交易查询 or 重打印末笔): if it went through, the customer has paid.',
        'Not charged: wait a minute, then try once more.',
      ],
    },
    chargedTwice: {
      title: 'The customer says they were charged twice',
      lines: [
        'Check the last sales and today’s list in the merchant app: only that record counts, never an SMS or a screenshot.',
        'Both succeeded: void the extra one the same day (撤销), if your terminal has it, or ask your provider.',
        'Only one succeeded: the other is normally returned by itself; if not within a few days, ask your provider to check.',
      ],
    },
    maintenance: {
      title: 'System maintenance or upgrade',
      lines: [
        'Your provider’s or the bank’s system is being worked on.',
        'Take payment another way, and try again later.',
        'The security-lock guide covers an upgrade that does not end.',
      ],
    },
    tampered: {
      title: 'Tamper alarm',
      lines: [
        'Stop using this terminal: it may have been opened, and its keys erased.',
        'Switch it off and keep it with you. Do not open the case.',
        'Only your provider can replace or reactivate it.',
      ],
    },
    pinPadLink: {
      title: 'The PIN pad is not connected',
      lines: [
        'Check the PIN pad cable at both ends, then restart the terminal. Do not open the case.',
        'Still not found: the PIN-entry guide goes on from there.',
      ],
    },
  },
  none: {
    heading: 'What fails?',
    body: 'We did not recognise that text. Pick what is happening:',
    card: 'Only this customer’s card fails; other cards work',
    terminal: 'No card works, and the screen shows an error or the terminal misbehaves',
    network: 'No card works, and the screen talks of network, connection, timeout or “try later”',
    cardHeading: 'The customer’s card or bank',
    cardLines: [
      'Your terminal is fine: other cards work.',
      'The customer may try once more; then ask for another card or another way to pay.',
      'Never ask for the PIN or type it for them.',
    ],
    terminalHeading: 'Which fits best?',
    networkHeading: 'The network or the bank’s system',
    networkLines: [
      'Check the last sale first (交易查询): never charge twice.',
      'The communication guide checks the signal, the shop’s network and the bank’s system.',
    ],
  },
} as const;

export type LookupText = Widen<typeof lookupTextEn>;
