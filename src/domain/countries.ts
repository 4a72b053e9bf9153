/**
 * Nationalities a person can choose, sent as codes: ISO 3166-1 alpha-2 for states and territories
 * whose people hold their own nationality, Kosovo's `XK` (user-assigned, used by the EU and ICAO),
 * and the ICAO 9303 codes for people without one to declare: `XXA` stateless person (apatride),
 * `XXB` refugee under the 1951 Convention. French territories (GF, GP, MQ, RE, YT, PM, NC, PF, WF,
 * BL, MF, TF), France itself and uninhabited territories (AQ, BV, GS, HM, IO, UM) are left out:
 * nobody applies for a titre de séjour with those. Names come from the browser (Intl.DisplayNames),
 * in the person's language, so no country list has to be translated by hand.
 */
export const STATELESS = 'XXA';
export const REFUGEE = 'XXB';

const iso =
  'AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BM BN BO BQ BR BS BT BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO GA GB GD GE GG GH GI GL GM GN GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MG MH MK ML MM MN MO MP MR MS MT MU MV MW MX MY MZ NA NE NF NG NI NL NO NP NR NU NZ OM PA PE PG PH PK PL PN PR PS PT PW PY QA RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WS XK YE ZA ZM ZW';

export const countryCodes: readonly string[] = [...iso.split(' '), STATELESS, REFUGEE];

export function isCountryCode(value: string): boolean {
  return countryCodes.includes(value);
}
