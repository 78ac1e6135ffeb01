import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.js';

describe('htmlToText', () => {
  it.each([
    ['plain text stays', 'Rapat koordinasi di Bangli.', 'Rapat koordinasi di Bangli.'],
    ['paragraphs become blank-line blocks', '<p>Paragraf satu.</p><p>Paragraf dua.</p>', 'Paragraf satu.\n\nParagraf dua.'],
    ['entities are decoded', '<p>KPU &amp; Bawaslu&nbsp;Bangli &quot;siap&quot; &#8211; kata dia</p>', 'KPU & Bawaslu Bangli "siap" – kata dia'],
    ['scripts and styles are left out', '<style>p{color:red}</style><p>Isi</p><script>alert(1)</script>', 'Isi'],
    ['line breaks stay single', 'Baris satu<br>Baris dua<br/>Baris tiga', 'Baris satu\nBaris dua\nBaris tiga'],
    ['runs of spaces collapse', '<p>  Banyak    spasi\n\n dan   baris </p>', 'Banyak spasi dan baris'],
    ['inline tags keep words together', '<p>Kapolres <b>Bangli</b> <a href="#">AKBP</a> hadir</p>', 'Kapolres Bangli AKBP hadir'],
    ['list items are lines', '<ul><li>Satu</li><li>Dua</li></ul><p>Sesudah</p>', 'Satu\nDua\n\nSesudah'],
    ['table cells stay apart', '<table><tr><td>A</td><td>B</td></tr></table>', 'A B'],
    ['a full page reads its body only', '<html><head><title>Judul</title></head><body><h1>Berita</h1><div>Isi berita.</div></body></html>', 'Berita\n\nIsi berita.'],
    ['broken markup does not lose text', '<p>Tanpa penutup <i>miring', 'Tanpa penutup miring'],
    ['nothing but tags is empty', '<p> </p><br>', ''],
  ])('%s', (_, html, expected) => {
    expect(htmlToText(html)).toBe(expected);
  });
});
