/** Heading numerals of the standard's hierarchy: 一、 （一） 1. （1）. */
import { cnNumber } from "./chinese";

/** CN[0] = "一", CN[11] = "十二", … up to 九十九. */
export const CN: readonly string[] = Array.from({ length: 99 }, (_, i) => cnNumber(i + 1));
