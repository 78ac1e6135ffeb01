/** What a campaign asks each target to submit. */
export interface PactRequirements {
  requiresDocument: boolean;
  requiresVideo: boolean;
  requiresSigner: boolean;
  requiresSignedOn: boolean;
}

export interface SubmissionContent {
  signerName: string | null;
  signerNip: string | null;
  signerPosition: string | null;
  signedOn: string | null;
  videoUrl: string | null;
  hasDocument: boolean;
}

/** An ASN's NIP: 18 digits (birth date, appointment month, sex, serial). */
export const NIP_PATTERN = /^\d{18}$/;

/** The largest signed pact accepted (a scan of a page or two). */
export const MAX_PACT_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** The fields a submission leaves out although the campaign requires them (message keys `pact.missing.<field>`). */
export function missingRequirements(campaign: PactRequirements, content: SubmissionContent): string[] {
  const missing: string[] = [];
  if (campaign.requiresDocument && !content.hasDocument) missing.push('document');
  if (campaign.requiresVideo && !content.videoUrl) missing.push('videoUrl');
  if (campaign.requiresSigner) {
    if (!content.signerName) missing.push('signerName');
    if (!content.signerNip) missing.push('signerNip');
    if (!content.signerPosition) missing.push('signerPosition');
  }
  if (campaign.requiresSignedOn && !content.signedOn) missing.push('signedOn');
  return missing;
}
