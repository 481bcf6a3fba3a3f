/* The English sections of the screens opened later: the wizard's, Insights' (Insights shows tier editors and the recognition note too) and the payout cycle's panel. */
import { cycle } from "./cycle";
import { insights } from "./insights";
import { recognition } from "./recognition";
import { wizard } from "./wizard";

export const enScreens = { wizard, insights, cycle, recognition };
