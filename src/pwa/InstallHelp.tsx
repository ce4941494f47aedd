/**
 * /install: how to put POS Rescue on the home screen in THIS browser first, then (folded) the
 * steps for other phones and browsers, since a user-agent guess can be wrong.
 *  - Chrome / Edge / Samsung: the browser's own install dialog ("Install app" button) when it has
 *    offered one (beforeinstallprompt, captured early by installPrompt.ts), else menu steps.
 *  - iPhone / iPad: Share → Add to Home Screen.
 *  - WeChat, QQ and other in-app browsers: cannot install and may lose stored data; how to open
 *    the page in the system browser.
 *  - Huawei, Xiaomi, OPPO, vivo, QQ Browser, UC: their "add to home screen" (添加到桌面) steps.
 * Illustrations are inline SVG / text (no images: the page must work offline and under the CSP).
 */
import { useState, type ReactNode } from 'react';
import { navigate } from '../infra/router';
import { format, useLang } from '../i18n/i18n';
import type { UiText } from '../i18n/ui.en';
import { TopBar } from '../ui/TopBar';
import { useFocusHeading } from '../ui/useFocusHeading';
import { currentBrowser, type BrowserKind } from './browserKind';
import { promptInstall } from './installPrompt';
import { inAppName, useInstallState } from './PwaShell';

type SectionId =
  | 'prompt'
  | 'menu'
  | 'samsung'
  | 'firefox'
  | 'ios'
  | 'inApp'
  | 'huawei'
  | 'xiaomi'
  | 'oppo'
  | 'vivo'
  | 'qqBrowser'
  | 'uc'
  | 'other';

/** Everything listed under "Other phones and browsers", in this order. */
const ALL_SECTIONS: readonly Exclude<SectionId, 'prompt'>[] = [
  'ios',
  'menu',
  'huawei',
  'xiaomi',
  'oppo',
  'vivo',
  'qqBrowser',
  'uc',
  'samsung',
  'firefox',
  'inApp',
  'other',
];

type AndroidBrand = 'huawei' | 'xiaomi' | 'oppo' | 'vivo' | 'qqBrowser' | 'uc';

export function primarySection(kind: BrowserKind, canPrompt: boolean): SectionId {
  switch (kind) {
    case 'wechat':
    case 'qq':
    case 'inApp':
      return 'inApp';
    case 'iosSafari':
    case 'iosOther':
      return 'ios';
    case 'chromium':
      return canPrompt ? 'prompt' : 'menu';
    case 'samsung':
      return canPrompt ? 'prompt' : 'samsung';
    case 'huawei':
    case 'xiaomi':
    case 'oppo':
    case 'vivo':
    case 'qqBrowser':
    case 'uc':
    case 'firefox':
    case 'other':
      return kind;
  }
}

export function InstallHelp() {
  const { ui } = useLang();
  const t = ui.pwa.install;
  const ref = useFocusHeading('install');
  const [info] = useState(currentBrowser);
  const install = useInstallState();
  const [outcome, setOutcome] = useState<'accepted' | 'dismissed' | null>(null);
  const app = inAppName(ui, info);
  // Keep showing the prompt section after the dialog closed, with its outcome.
  const primary = primarySection(info.kind, install.canPrompt || outcome !== null);

  return (
    <>
      <TopBar />
      <main id="main" className="install">
        <h1 ref={ref} tabIndex={-1}>
          {t.heading}
        </h1>
        {install.installed && outcome === null ? (
          <p className="install-done">{t.installed}</p>
        ) : (
          <>
            {primary !== 'inApp' ? <p>{t.intro}</p> : null}
            <section className="install-primary" aria-labelledby="install-primary-heading">
              {primary === 'prompt' ? (
                <PromptSection
                  outcome={outcome}
                  onOutcome={setOutcome}
                  fallback={info.kind === 'samsung' ? 'samsung' : 'menu'}
                />
              ) : (
                <Section
                  id={primary}
                  level={2}
                  headingId="install-primary-heading"
                  app={app}
                  iosOther={info.kind === 'iosOther'}
                />
              )}
            </section>
            <p className="install-note">{t.offlineNote}</p>
            <p className="install-note">{t.keepData}</p>
            <details className="install-more">
              <summary>{t.otherHeading}</summary>
              {ALL_SECTIONS.filter((id) => id !== primary).map((id) => (
                <Section key={id} id={id} level={3} app={app} iosOther={false} />
              ))}
            </details>
          </>
        )}
        <p>
          <button type="button" onClick={() => navigate({ name: 'home' })}>
            {t.back}
          </button>
        </p>
      </main>
    </>
  );
}

function PromptSection(props: {
  outcome: 'accepted' | 'dismissed' | null;
  onOutcome: (o: 'accepted' | 'dismissed') => void;
  fallback: 'menu' | 'samsung';
}) {
  const { ui } = useLang();
  const t = ui.pwa.install;
  const install = useInstallState();
  return (
    <>
      <h2 id="install-primary-heading">{t.forYou}</h2>
      {props.outcome === 'accepted' ? <p className="install-done">{t.accepted}</p> : null}
      {props.outcome === null && install.canPrompt ? (
        <button
          type="button"
          className="primary install-button"
          onClick={() => {
            void promptInstall().then((o) => {
              if (o !== 'unavailable') props.onOutcome(o);
            });
          }}
        >
          {t.button}
        </button>
      ) : null}
      {props.outcome === 'dismissed' ? (
        <>
          <p>{t.dismissed}</p>
          <Steps steps={(props.fallback === 'samsung' ? t.samsung : t.menu).steps} />
        </>
      ) : null}
    </>
  );
}

function Section(props: {
  id: Exclude<SectionId, 'prompt'>;
  level: 2 | 3;
  headingId?: string;
  app: string;
  iosOther: boolean;
}) {
  const { ui } = useLang();
  const t = ui.pwa.install;
  const H = props.level === 2 ? 'h2' : 'h3';
  const heading = (text: string) => (
    <H id={props.headingId} className="install-heading">
      {text}
    </H>
  );
  switch (props.id) {
    case 'ios':
      return (
        <div className="install-section">
          {heading(t.ios.heading)}
          {props.iosOther ? <p>{t.ios.otherBrowser}</p> : null}
          <Steps
            steps={t.ios.steps}
            icons={[<ShareIcon key="share" />, <AddSquareIcon key="add" />, null]}
          />
          <IosSheet t={t} />
          {!props.iosOther && props.level === 3 ? (
            <p className="small">{t.ios.otherBrowser}</p>
          ) : null}
        </div>
      );
    case 'inApp':
      return <InAppSection heading={heading} app={props.app} />;
    case 'menu':
    case 'samsung':
    case 'firefox':
    case 'other':
      return (
        <div className="install-section">
          {heading(t[props.id].heading)}
          <Steps steps={t[props.id].steps} />
        </div>
      );
    default:
      return <AndroidBrandSection brand={props.id} heading={heading} notes={props.level === 2} />;
  }
}

/** `notes`: the two hints every Chinese phone browser shares (in the folded list: once, after UC). */
function AndroidBrandSection(props: {
  brand: AndroidBrand;
  heading: (text: string) => ReactNode;
  notes: boolean;
}) {
  const { ui } = useLang();
  const a = ui.pwa.install.android;
  const b = a[props.brand];
  return (
    <div className="install-section">
      {props.heading(b.heading)}
      <Steps steps={b.steps} icons={[<MenuKey key="menu" glyph="☰" />, null]} />
      {props.notes || props.brand === 'uc' ? <AndroidNotes /> : null}
    </div>
  );
}

function AndroidNotes() {
  const { ui } = useLang();
  const a = ui.pwa.install.android;
  return (
    <>
      <p className="small">{a.common}</p>
      <p className="small">{a.permission}</p>
    </>
  );
}

function InAppSection(props: { heading: (text: string) => ReactNode; app: string }) {
  const { ui } = useLang();
  const t = ui.pwa.install.inApp;
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const address = `${location.origin}/`;
  return (
    <div className="install-section install-inapp">
      {props.heading(format(t.heading, { app: props.app }))}
      {t.body.map((line, i) => (
        <p key={line} className={i < 2 ? 'warning' : undefined}>
          {format(line, { app: props.app })}
        </p>
      ))}
      <Steps steps={t.steps} />
      <InAppMock menuItem={t.menuItem} />
      <p>{t.copyIntro}</p>
      <p className="install-url">
        <code>{address}</code>
      </p>
      <button
        type="button"
        onClick={() => {
          navigator.clipboard
            .writeText(address)
            .then(() => setCopy('copied'))
            .catch(() => setCopy('failed'));
        }}
      >
        {copy === 'copied' ? t.copied : t.copy}
      </button>
      {copy === 'failed' ? <p className="warning">{t.copyFailed}</p> : null}
    </div>
  );
}

function Steps(props: { steps: readonly string[]; icons?: (ReactNode | null)[] }) {
  return (
    <ol className="install-steps">
      {props.steps.map((step, i) => (
        <li key={step}>
          {props.icons?.[i] ? <span className="install-icon">{props.icons[i]}</span> : null}
          <span>{step}</span>
        </li>
      ))}
    </ol>
  );
}

function MenuKey(props: { glyph: string }) {
  return (
    <span className="menu-key" aria-hidden="true">
      {props.glyph}
    </span>
  );
}

/** iOS's Share icon: a square with an arrow up. */
function ShareIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path
        d="M12 14V3M7.5 7.5 12 3l4.5 4.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <path
        d="M8.5 10H6.5a1.5 1.5 0 0 0-1.5 1.5v8A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5v-8a1.5 1.5 0 0 0-1.5-1.5h-2"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  );
}

/** iOS's "Add to Home Screen" icon: a rounded square with a plus. */
function AddSquareIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <rect
        x="3.5"
        y="3.5"
        width="17"
        height="17"
        rx="4"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
      />
      <path d="M12 8v8M8 12h8" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** A sketch of Safari's bottom toolbar (Share highlighted) and the share sheet's row to tap. */
function IosSheet({ t }: { t: UiText['pwa']['install'] }) {
  return (
    <div className="mock" aria-hidden="true">
      <div className="mock-bar mock-toolbar">
        <span>‹</span>
        <span>›</span>
        <span className="mock-highlight mock-share">
          <ShareIcon />
        </span>
        <span>▭</span>
      </div>
      <div className="mock-menu">
        <span className="mock-row mock-highlight">
          <span>{t.ios.addLabel}</span>
          <AddSquareIcon />
        </span>
      </div>
    </div>
  );
}

/** A sketch of the in-app browser's top bar (··· at the right) and the menu item to tap. */
function InAppMock(props: { menuItem: string }) {
  return (
    <div className="mock" aria-hidden="true">
      <div className="mock-bar">
        <span>✕</span>
        <span className="mock-title">POS 急救</span>
        <span className="mock-highlight mock-dots">···</span>
      </div>
      <div className="mock-menu">
        <span className="mock-highlight mock-item">
          <span className="mock-compass">◎</span> {props.menuItem}
        </span>
      </div>
    </div>
  );
}
