/* The English sections of the screens opened later: the wizard's, Insights' (Insights shows tier editors too) and the payout cycle's panel. */
import { cycle } from "./cycle";
import { insights } from "./insights";
import { wizard } from "./wizard";

export const enScreens = { wizard, insights, cycle };
