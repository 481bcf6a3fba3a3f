/* The English sections of the screens opened later: the wizard's and Insights' (Insights shows tier editors too). */
import { insights } from "./insights";
import { wizard } from "./wizard";

export const enScreens = { wizard, insights };
