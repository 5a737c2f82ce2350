package org.scplan.core;

/** The level of an organisation unit, from the whole council down to a team. */
public enum OrgLevel {
  /** The council: Kent County Council. */
  COUNCIL,
  /** A directorate: Adult Social Care and Health; Families and Social Care. */
  DIRECTORATE,
  /** A division: Older People and Physical Disability; Learning Disability/Mental Health. */
  DIVISION,
  /** A service or unit within a division: Headquarters; the Operational Support Unit. */
  SERVICE,
  /** A team. */
  TEAM
}
