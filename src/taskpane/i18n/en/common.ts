/* Words several screens share. */
export const common = {
  retry: "Try again",
};
