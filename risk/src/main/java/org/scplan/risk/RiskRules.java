package org.scplan.risk;

import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.equality.EqualityImpactAssessment;

/**
 * The rule codes of the risk module's checks. Codes are stable: programs may rely on them. Each
 * constant's Javadoc starts with the finding's usual severity.
 *
 * <p>Matrix codes ({@code risk.matrix.*}) come from the load check of a matrix
 * ({@link RiskMatrix.Builder#check()}); register codes from {@link RiskRegister#validate(java.time.LocalDate)};
 * continuity codes from {@link BusinessContinuityPlan#validate()}; equality codes from
 * {@link EqualityImpactAssessment#validate()}. A date that looks mistyped is reported with the
 * kernel's {@link org.scplan.core.PlanRules#DATE_UNREADABLE}.
 */
public final class RiskRules {
  private RiskRules() {}

  // The matrix, when loaded: every problem is an ERROR and stops the matrix being built.

  /** ERROR: the matrix has no id, or one that is not lower-case words and digits joined by hyphens. */
  public static final String MATRIX_ID_INVALID = "risk.matrix.id-invalid";

  /** ERROR: an axis is missing, has no levels, or has more than ten. */
  public static final String MATRIX_AXIS_SIZE = "risk.matrix.axis-size";

  /** ERROR: an axis's level numbers do not rise strictly, lowest first (a number repeats or goes back). */
  public static final String MATRIX_AXIS_ORDER = "risk.matrix.axis-order";

  /** ERROR: the matrix defines no risk levels. */
  public static final String MATRIX_NO_LEVELS = "risk.matrix.no-levels";

  /** ERROR: two risk levels share a name (ignoring case). */
  public static final String MATRIX_LEVEL_DUPLICATE = "risk.matrix.level-duplicate";

  /** ERROR: the matrix gives neither score bands nor a grid of levels. */
  public static final String MATRIX_RULE_MISSING = "risk.matrix.rule-missing";

  /** ERROR: the matrix gives both score bands and a grid of levels. */
  public static final String MATRIX_RULE_AMBIGUOUS = "risk.matrix.rule-ambiguous";

  /** ERROR: a band or a grid cell names a level the matrix does not define. */
  public static final String MATRIX_LEVEL_UNDEFINED = "risk.matrix.level-undefined";

  /** ERROR: a band's lowest score is above its highest. */
  public static final String MATRIX_BAND_INVERTED = "risk.matrix.band-inverted";

  /** ERROR: two bands share a score. */
  public static final String MATRIX_BAND_OVERLAP = "risk.matrix.band-overlap";

  /** ERROR: a score the axes can produce falls in no band (a gap between or beyond the bands). */
  public static final String MATRIX_BAND_GAP = "risk.matrix.band-gap";

  /** ERROR: a band covers no score the axes can produce, so it can never apply. */
  public static final String MATRIX_BAND_UNREACHABLE = "risk.matrix.band-unreachable";

  /** ERROR: the grid's rows do not match the axes (a row missing, repeated, off the axis, or the wrong length). */
  public static final String MATRIX_GRID_SHAPE = "risk.matrix.grid-shape";

  /** ERROR: the level falls as likelihood or impact rises (a higher band or cell names a less severe level). */
  public static final String MATRIX_NOT_MONOTONIC = "risk.matrix.not-monotonic";

  // The register.

  /** ERROR: two risks of one register share a reference. */
  public static final String REFERENCE_DUPLICATE = "risk.reference.duplicate";

  /** ERROR: a rating's likelihood or impact is not a level of the register's matrix. */
  public static final String RATING_OFF_MATRIX = "risk.rating.off-matrix";

  /** WARNING: an open risk has no current rating (the check says so; it never invents one). */
  public static final String RATING_MISSING = "risk.rating.missing";

  /** INFO: an open risk has a current rating but no target rating. */
  public static final String RATING_NO_TARGET = "risk.rating.no-target";

  /** ERROR: a printed score that the matrix cannot give (7 on a 5 × 5 grid of products). */
  public static final String SCORE_IMPOSSIBLE = "risk.score.impossible";

  /** ERROR: a printed level that is not the one the matrix gives a printed score. */
  public static final String SCORE_LEVEL_MISMATCH = "risk.score.level-mismatch";

  /** ERROR: a printed score outside the band printed with its level ({@code 12} in "High (16 to 20)"). */
  public static final String SCORE_OUTSIDE_BAND = "risk.score.outside-band";

  /** ERROR: a printed target score higher than the printed current score. */
  public static final String TARGET_SCORE_ABOVE_CURRENT = "risk.score.target-above-current";

  /** ERROR: a risk's target rating is worse than its current rating. */
  public static final String TARGET_WORSE_THAN_CURRENT = "risk.rating.target-worse-than-current";

  /** WARNING: a risk's current rating is worse than its inherent rating (controls that make it worse, or a stale inherent rating). */
  public static final String CURRENT_WORSE_THAN_INHERENT = "risk.rating.current-worse-than-inherent";

  /** WARNING: a risk's target is better than its current rating but no further action is planned or in progress to get there. */
  public static final String TARGET_WITHOUT_ACTION = "risk.target.no-further-action";

  /** WARNING: an open risk has no owner. */
  public static final String OWNER_MISSING = "risk.owner.missing";

  /** WARNING: a further action that is planned or in progress has no owner. */
  public static final String ACTION_OWNER_MISSING = "risk.action.owner-missing";

  /** WARNING: a further action that is planned or in progress was due before the as-of date. */
  public static final String ACTION_OVERDUE = "risk.action.overdue";

  /** WARNING: an open risk's next review fell due before the as-of date. */
  public static final String REVIEW_OVERDUE = "risk.review.overdue";

  /** WARNING: a closed risk still has further actions planned or in progress. */
  public static final String CLOSED_WITH_OPEN_ACTIONS = "risk.closed.open-actions";

  /** WARNING: a risk's escalation history does not follow on (a move from a register it was not on, or dates out of order). */
  public static final String ESCALATION_INCONSISTENT = "risk.escalation.inconsistent";

  /** INFO: the register has no as-of date, so due dates and reviews were not judged. */
  public static final String REGISTER_UNDATED = "risk.register.undated";

  // Business continuity.

  /** ERROR: two critical functions share a name. */
  public static final String CONTINUITY_DUPLICATE_FUNCTION = "risk.continuity.duplicate-function";

  /** ERROR: a critical function's recovery time objective is longer than its maximum tolerable period of disruption. */
  public static final String CONTINUITY_RTO_EXCEEDS_MTPD = "risk.continuity.rto-exceeds-mtpd";

  /** WARNING: a critical function has no recovery time objective. */
  public static final String CONTINUITY_NO_RECOVERY_TIME = "risk.continuity.no-recovery-time";

  /** WARNING: a critical function has no minimum service level. */
  public static final String CONTINUITY_NO_MINIMUM_SERVICE = "risk.continuity.no-minimum-service-level";

  /** WARNING: a critical function depends on another whose recovery time objective is longer than its own. */
  public static final String CONTINUITY_DEPENDENCY_SLOWER = "risk.continuity.dependency-slower";

  // Equality impact assessment.

  /** ERROR: a characteristic is assessed twice. */
  public static final String EQUALITY_DUPLICATE = "risk.equality.duplicate-characteristic";

  /** INFO: an assessed characteristic is not one the Equality Act 2010 protects (kept as published). */
  public static final String EQUALITY_UNRECOGNISED = "risk.equality.unrecognised-characteristic";

  /** INFO: a characteristic the Equality Act 2010 protects is not in the assessment. */
  public static final String EQUALITY_NOT_ASSESSED = "risk.equality.characteristic-not-assessed";

  /** WARNING: a characteristic's row gives neither a positive nor a negative impact. */
  public static final String EQUALITY_IMPACT_MISSING = "risk.equality.impact-missing";

  /** WARNING: a high or medium negative impact has no row in the action plan. */
  public static final String EQUALITY_NEGATIVE_WITHOUT_ACTION = "risk.equality.negative-impact-no-action";

  /** WARNING: an action in the action plan has no owner. */
  public static final String EQUALITY_ACTION_NO_OWNER = "risk.equality.action-no-owner";
}
