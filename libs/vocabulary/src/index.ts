/**
 * The vocabulary every lib shares and none may define again: the skill ladder's ranks with their
 * labels and certificate digits, the professional-title grades, education and award levels, and China business dates with
 * their arithmetic, and the exact decimal arithmetic every score is computed with. Depends on nothing.
 */
export * from './dates';
export * from './education-awards';
export * from './exact-decimal';
export * from './ranks';
