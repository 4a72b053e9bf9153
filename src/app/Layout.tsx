import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languages } from '@/i18n';
import { setPreferredLanguage } from '@/storage';
import { LanguagePicker } from '@/ui/LanguagePicker';
import { DeviceBadge } from '@/features/device/DeviceBadge';
import { LockButton } from '@/features/lock/LockButton';
import { SandboxBanner } from '@/features/receiver/SandboxBanner';
import { Link } from '@/features/shared/Link';
import { UpdatePrompt } from './UpdatePrompt';

export function Layout({ children, editing }: { children: ReactNode; editing: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <Link to={{ name: 'home' }} className="app-header__brand">
          {t('appName')}
        </Link>
        <Link to={{ name: 'blocked' }} className="app-header__help">
          {t('blockedLink')}
        </Link>
        <DeviceBadge />
        <LockButton />
        <LanguagePicker
          label={t('language')}
          value={i18n.resolvedLanguage ?? i18n.language}
          languages={languages}
          onChange={(code) => {
            void i18n.changeLanguage(code);
            // Losing the preference is harmless (the browser language is used): no error shown.
            setPreferredLanguage(code).catch(() => undefined);
          }}
        />
        <SandboxBanner />
      </header>
      <UpdatePrompt editing={editing} />
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
