/**
 * Academic and professional degrees written before a name ("PGS.TS. Nguyễn Văn A", "ThS. B",
 * "BSCKII C"). They go to `academic`, never into the name, the titles or the rank. Case matters:
 * "TS" is a degree, "Ts" is not.
 */
export const ACADEMIC_DEGREES = [
  'GS',
  'PGS',
  'TSKH',
  'TS',
  'Ts',
  'ThS',
  'Ths',
  'Th.S',
  'BS',
  'BSCKI',
  'BSCKII',
  'BSCK I',
  'BSCK II',
  'BSCK1',
  'BSCK2',
  'DS',
  'DSCKI',
  'KS',
  'CN',
  'NCS',
  'LS',
] as const
