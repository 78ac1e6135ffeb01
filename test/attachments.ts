/**
 * Files for the incident attachment tests (module, authorization matrix, browser): small real images
 * and documents, a program that claims to be a photo, and a multipart body of several files.
 */
import { multipartBody, MULTIPART_BOUNDARY } from './hostile/files.js';
import { TINY_JPEG, TINY_PDF, TINY_PNG } from './hostile/payloads.js';

export const PNG_BYTES = TINY_PNG;
export const PDF_BYTES = Buffer.from(TINY_PDF, 'latin1');
/** A Windows program's first bytes ("MZ"), whatever name it travels under. */
export const EXE_BYTES = Buffer.concat([Buffer.from('MZ\u0090\u0000\u0003\u0000\u0000\u0000', 'latin1'), Buffer.alloc(64, 0x41)]);

/** A JPEG whose APP1 segment carries EXIF with a GPS position, as a phone camera writes it. */
export const GPS_JPEG = (() => {
  const exif = Buffer.from('Exif\u0000\u0000MM\u0000*\u0000\u0000\u0000\bGPSLatitude S 8.4312 GPSLongitude E 115.3601', 'latin1');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(exif.length + 2);
  return Buffer.concat([TINY_JPEG.subarray(0, 2), Buffer.from([0xff, 0xe1]), length, exif, TINY_JPEG.subarray(2)]);
})();

/** A PNG unlike any other of the same call's `n`: the same image with `n` written after its end, so its digest differs. */
export function pngVariant(n: number): Buffer {
  return Buffer.concat([TINY_PNG, Buffer.from(`variant ${n}`, 'latin1')]);
}

/** A multipart/form-data body with each file in a part named "file". */
export function buildMultipartAttachments(files: readonly { filename: string; content: Buffer | string }[]) {
  const parts = files.map((file) => ({ name: 'file', filename: file.filename, contentType: 'application/octet-stream', content: file.content }));
  return { payload: multipartBody(parts), contentType: `multipart/form-data; boundary=${MULTIPART_BOUNDARY}` };
}
