import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { LangProvider } from '../i18n/i18n';
import { uiEn } from '../i18n/ui.en';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('chunk failed to load');
}

describe('ErrorBoundary', () => {
  it('shows a way on instead of a blank page when a screen fails', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <LangProvider initial={{ lang: 'en', ui: uiEn }}>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </LangProvider>,
    );
    expect(screen.getByRole('heading', { name: uiEn.step.loadFailed })).toBeVisible();
    expect(screen.getByText(uiEn.step.screenFailedBody)).toBeVisible();
    expect(screen.getByRole('button', { name: uiEn.banner.reload })).toBeVisible();
  });
});
