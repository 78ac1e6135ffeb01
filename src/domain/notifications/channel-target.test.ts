import { describe, expect, it } from 'vitest';
import { checkTarget } from './channel-target.js';

describe('channel targets', () => {
  it.each([
    ['piket@Bawaslu.GO.ID', 'piket@bawaslu.go.id'],
    ['  ani.sari+desk@kpu.go.id ', 'ani.sari+desk@kpu.go.id'],
  ])('takes the e-mail address %s', (raw, stored) => {
    expect(checkTarget('email', raw, false)).toEqual({ ok: true, target: stored });
  });

  it.each(['ani', 'ani@', '@kpu.go.id', 'ani@localhost', 'Ani <ani@kpu.go.id>', 'a@b.id, c@d.id', 'ani@kpu..go.id', 'ani@-kpu.go.id', 'https://kpu.go.id'])(
    'refuses %s as an e-mail address', (raw) => {
      expect(checkTarget('email', raw, false)).toEqual({ ok: false, problem: 'email' });
    },
  );

  it.each([
    ['https://gateway.example.id/sms?key=1#top', 'https://gateway.example.id/sms?key=1'],
    ['http://203.0.113.5:8080/hook', 'http://203.0.113.5:8080/hook'],
  ])('takes the webhook URL %s', (raw, stored) => {
    expect(checkTarget('webhook', raw, false)).toEqual({ ok: true, target: stored });
  });

  it.each([
    ['not a url', 'url'], ['ftp://gateway.example.id/', 'url_scheme'], ['javascript:alert(1)', 'url_scheme'], ['file:///etc/passwd', 'url_scheme'],
    ['https://user:pw@gateway.example.id/', 'url_credentials'], ['http://localhost:3000/', 'url_private'], ['http://127.0.0.1/', 'url_private'],
    ['http://10.1.2.3/', 'url_private'], ['http://192.168.1.1/', 'url_private'], ['http://172.20.0.1/', 'url_private'], ['http://169.254.169.254/latest', 'url_private'],
    ['http://[::1]/', 'url_private'], ['http://[fd00::1]/', 'url_private'], ['http://0.0.0.0/', 'url_private'], ['http://db.internal/', 'url_private'],
    [`https://example.id/${'a'.repeat(500)}`, 'too_long'],
  ])('refuses the webhook URL %s (%s)', (raw, problem) => {
    expect(checkTarget('webhook', raw, false)).toEqual({ ok: false, problem });
  });

  it('takes a private address when the server allows it (a gateway on the same machine, tests)', () => {
    expect(checkTarget('webhook', 'http://127.0.0.1:9999/hook', true)).toEqual({ ok: true, target: 'http://127.0.0.1:9999/hook' });
    expect(checkTarget('webhook', 'ftp://127.0.0.1/', true)).toEqual({ ok: false, problem: 'url_scheme' });
  });
});
