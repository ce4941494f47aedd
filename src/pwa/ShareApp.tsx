/**
 * "Put it on every staff phone" (issue 22), a section of the settings page, loaded lazily with its
 * own chunk: this app's own address as a QR code (ui/QrCode, whose encoder loads with it) for
 * another phone's camera, a button that shares the address (the phone's share sheet where there
 * is one, else a copy to the clipboard, confirmed on screen), one line each on putting it on the
 * home screen on Android and on iPhone, and install help's WeChat caveat in install help's own
 * words — a code scanned with WeChat opens inside WeChat, which cannot install the app.
 */
import { useState } from 'react';
import { format, useLang, useText } from '../i18n/i18n';
import { NavLink } from '../ui/NavLink';
import { QrCode } from '../ui/QrCode';
import { installTextEn } from './install.text.en';
import { installTextZh } from './install.text.zh';
import './share.css';
import { shareTextEn } from './share.text.en';
import { shareTextZh } from './share.text.zh';

const shareText = { en: shareTextEn, zh: shareTextZh };
const installText = { en: installTextEn, zh: installTextZh };

/** The address another phone opens: the app's start page on this origin. */
export function appAddress(): string {
  return `${location.origin}/`;
}

type Shared = 'idle' | 'copied' | 'copyFailed';

/** The share sheet where the browser has one; else the clipboard. A closed sheet is no failure. */
async function shareAddress(url: string, title: string): Promise<Shared> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ url, title });
      return 'idle';
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return 'idle';
      // Refused (no user gesture, a policy): copying still works.
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch {
    return 'copyFailed'; // no clipboard on a plain-HTTP page, or permission refused
  }
}

export function ShareApp() {
  const { ui } = useLang();
  const t = useText(shareText);
  const install = useText(installText);
  const [shared, setShared] = useState<Shared>('idle');
  const url = appAddress();
  const canShare = typeof navigator.share === 'function';
  const wechat = ui.pwa.appNames.wechat;
  return (
    <section className="share-app" aria-labelledby="share-app-heading">
      <h2 id="share-app-heading">{t.heading}</h2>
      <p>{t.intro}</p>
      <div className="share-qr">
        <QrCode text={url} label={format(t.qrLabel, { url })} making={t.making} failed={t.failed} />
      </div>
      <p className="share-address">
        <span className="visually-hidden">{t.address}: </span>
        <code>{url}</code>
      </p>
      <button
        type="button"
        className="primary"
        onClick={() => {
          setShared('idle');
          void shareAddress(url, ui.appName).then(setShared);
        }}
      >
        {canShare ? t.share : t.copy}
      </button>
      {/* Always there, so a screen reader announces the confirmation when it appears. */}
      <p className="share-done" role="status">
        {shared === 'copied' ? t.copied : ''}
      </p>
      {shared === 'copyFailed' ? (
        <p className="warning" role="alert">
          {install.inApp.copyFailed}
        </p>
      ) : null}
      <h3>{t.thenHeading}</h3>
      <ul className="share-steps">
        <li>{t.android}</li>
        <li>{format(t.iphone, { share: install.ios.shareLabel, add: install.ios.addLabel })}</li>
      </ul>
      <p>{format(t.wechat, { app: wechat })}</p>
      <ul className="share-steps">
        {install.inApp.body.map((line) => (
          <li key={line}>{format(line, { app: wechat })}</li>
        ))}
      </ul>
      <ol className="share-steps">
        {install.inApp.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <p>
        <NavLink to={{ name: 'install' }}>{t.moreHelp}</NavLink>
      </p>
    </section>
  );
}
