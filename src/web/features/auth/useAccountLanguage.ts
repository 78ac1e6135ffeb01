import { useEffect, useRef } from 'react';
import { setLanguage } from '../../i18n';
import { useMe } from './session';

/** After signing in (or opening the app with a session), the UI speaks the account's language. */
export function useAccountLanguage(): void {
  const user = useMe().data;
  const applied = useRef<string | null>(null);
  useEffect(() => {
    if (!user) {
      applied.current = null;
      return;
    }
    if (applied.current === user.id) return;
    applied.current = user.id;
    void setLanguage(user.language);
  }, [user]);
}
