package org.scplan.risk;

import org.scplan.continuity.BusinessContinuityPlan;
import org.scplan.continuity.CriticalFunction;
import org.scplan.core.Person;
import org.scplan.core.PlanDate;
import org.scplan.equality.CharacteristicAssessment;
import org.scplan.equality.EqualityAction;
import org.scplan.equality.EqualityImpactAssessment;
import org.scplan.equality.ImpactLevel;

/**
 * The seeds' risk sections built by hand through the public API, as an analyst would type them
 * and as the example plan files will hold them. The golden tests hold these against the verbatim
 * excerpts in {@code src/test/resources/seeds}.
 */
final class SeedRegisters {
  private SeedRegisters() {}

  /**
   * Seed 001 (Adult Social Care and Health Directorate Business Plan 2018-19), section E, Table 1:
   * the directorate register. The seed gives a reference (column "CRR"), a key topic and the key
   * areas of risk, and nothing else: no ratings, owners or actions. The directorate register is
   * "formally undertaken on a quarterly basis" (section B), and Kent rates on its 5 × 5 matrix.
   * The {@code <b>} tags the extraction left around three topics are typography, not text.
   */
  static RiskRegister seed001Table1() {
    return RiskRegister.builder()
        .id("directorate-risk-register")
        .title("Table 1")
        .matrix(RiskMatrices.kent5x5())
        .level(RegisterLevel.DIRECTORATE)
        .reviewFrequency(ReviewFrequency.QUARTERLY)
        .addRisks(
            Risk.of("AH0001", "New operating model",
                "Implementation of a new operating model for adult social care will require adopting new ways of working and implementing a programme of significant change which is not without risk providers."),
            Risk.of("AH0004", "Safeguarding",
                "Statutory responsibilities of the Corporate Director and her staff to ensure effective safeguarding arrangement in place to protect adult at risk of abuse or neglect."),
            Risk.of("AH0005", "Financial pressures",
                "Current pressures on public sector funding and impact on revenue and capital budget. Government has identified additional funding for social care but there continues to be a need to achieve significant efficiencies for the near future."),
            Risk.of("AH0006", "Integration",
                "Increased health and social care integration will impact on ways of working and the delivery of services."),
            Risk.of("AH0007", "Managing demand",
                "Increase in demand for social care services and there is a risk that demand will outstrip available resources."),
            Risk.of("AH0008", "Social Market",
                "Some parts of the social care market are facing severe financial pressures. If some providers fail there could be some gaps in the market for certain types of care making it difficult to discharge our statutory responsibilities."),
            Risk.of("AH0009", "ICT and system replacement",
                "Need to ensure that information and communication systems are fit for purpose and support business requirements. The planned system replacement in January 2019 carries significant risk that must be well managed."),
            Risk.of("AH0010", "Information Governance",
                "General Data Protection Regulations comes into effect in May 2018. This will introduce new requirements that the business must be well prepared."),
            Risk.of("AH0011", "Business disruption",
                "The impact of emergency or major business disruption on the ability of adult social care to provide essential services to meet its statutory obligations."),
            Risk.of("AH0012", "Kent County Council/Kent and Medway NHS Social Care Partnership Trust partnership agreement",
                "Planned changes to the partnership agreement with KMPT regarding the delivery of social care mental health services because of the joint review."),
            Risk.of("AH0015", "Mental Capacity Act and Deprivation of Liberty Safeguards Assessments",
                "Supreme Court judgement has led to significant increase in demand for Deprivation of Liberty Safeguards Assessments."),
            Risk.of("AH0016", "PREVENT",
                "Failure to meet the requirements of the PREVENT duty could lead to more people being drawn into terrorism and terrorist activities."),
            Risk.of("AH0017", "Facilities Management",
                "Delays by the contracted service provider to complete maintenance work required within the in-house care provision service could lead to safety risk and inconvenience to residents."))
        .build();
  }

  /**
   * Seed 002 (Divisional Business Plan 2013-14, Learning Disability/Mental Health), section E,
   * RISKS / MITIGATION, as the extracted text pairs its cells: each row's RISKS cell is the risk's
   * description and its MITIGATION cell the control in place. The extraction laid the BUSINESS
   * CONTINUITY text beside the table, so the RISKS cells of the first and third rows (and the
   * second's) read as continuity narrative; they are held as published. The sixth pair stands in
   * the extracted CRITICAL FUNCTIONS table: the words after "Local Access Response" and that row's
   * fourth cell, which has no column of its own there.
   */
  static RiskRegister seed002Risks() {
    return RiskRegister.builder()
        .id("key-risks")
        .title("RISKS")
        .matrix(RiskMatrices.kent5x5())
        .level(RegisterLevel.DIVISION)
        .addRisks(
            risk("The Division has up-to-date Business Continuity Plans in order to provide essential services when faced with a business disruption. Each department has undertaken a Business Impact Analysis and produced a Business Continuity Plan. In addition, business continuity planning forms part of the contracting arrangements with our private and voluntary sector providers. Our plans provide assurance that effective risk and business continuity management is being undertaken for each service, and that there is a clear synergy between the business plan, service risk register, and business continuity plan.",
                "Multi-agency safeguarding arrangements in place, peer review and safeguarding procedures. Safeguarding co-ordinators appointed, training provided."),
            risk("Regular, up-to-date Business Continuity Plans",
                "Robust financial and activity monitoring. Transformation programme in place."),
            risk("Business Impact Analysis is reviewed at least every 12 months, or when a substantive change in processes and priorities are identified. The Oversight of KCC/KMPT partnership agreement, and changes to availability of up-to-date plans will ensure that the Directorate can continue to operate and provide essential services, at least, to a pre-determined minimum level, in the event of a major business disruption.",
                "Developing more robust arrangements for supervision and support. More robust joint governance."),
            risk("Transition arrangements and preparation for statutory changes to SEN services that will impact on ways of working.",
                "Transition working groups in place, close liaison with colleagues in SEN services, participation and contribution to SEN pilot projects."),
            risk("Financial Pressures on partner agencies for example risk of cost",
                "Close monitoring of Continuing Health Care and Section 117"),
            risk("Potential risk if the programme of modernisation of services is not sustained.",
                "Need to continue progress the Good Day Programme and innovative ways of working to provide opportunities for people with learning disability."))
        .build();
  }

  private static Risk risk(String description, String mitigation) {
    return Risk.builder().description(description).addControl(mitigation).build();
  }

  /**
   * Seed 002, section E, CRITICAL FUNCTIONS, TIMESCALE (the recovery time objective), MINIMUM
   * SERVICE LEVEL. The names are the bold text of the first cell. The minimum service level of
   * "Referrals and Assessment Processes" runs on after a page break ("referred to health and
   * social care professionals ..."), joined here with a space. The seed gives no maximum tolerable
   * period of disruption and no dependencies.
   */
  static BusinessContinuityPlan seed002CriticalFunctions() {
    return BusinessContinuityPlan.builder()
        .id("business-continuity")
        .title("CRITICAL FUNCTIONS")
        .addCriticalFunctions(
            CriticalFunction.of("Local Access Response", "4 hours",
                "Maintain critical access for the public and multi-agency partners to joint adult health and social care through KCC and KCHT based services including the commissioning and provision of inpatient, outpatient, care in the home, community, day services, and residential and respite services."),
            CriticalFunction.of("Management of Contract of Service for Specialist Staff and Delegated Responsibilities (Learning Disability)", "4 hours",
                "Manage delegated responsibilities to KCC to provide an approved integrated Learning Disability Practitioner service. An active Learning Disability Partnership Board (and Q) and equalised service delivery groups promoting specialist services across the county. Lead on practice and quality standards and undertake regular community capacity management, maintain and report on performance of quality, practice and procedures, ensuring all services operate in line with NHS Standards, guidance, protocols, policies and mandates."),
            CriticalFunction.of("Safeguarding Processes", "4 hours",
                "Manage safeguarding alerts regarding new or existing Service Users. Undertake Adult Protection assessment, investigation, intervention and strategy discussion including co-ordination of case conferences."),
            CriticalFunction.of("Referrals and Assessment Processes", "4 hours",
                "Manage new referrals to appropriate health or social care service, conduct priority care management, health assessments, screening, care plan and intervention for clients referred to health and social care professionals. Arrange appropriate services for people based on priority assessment."),
            CriticalFunction.of("Residential Respite and Day Care Operations Process", "4 hours",
                "Manage all critical Residential and Day Care operations to provide and maintain a safe/secure environment conducive to meeting the needs of staff and service users to meet their accommodation needs."),
            CriticalFunction.of("Short Term Bed Allocation Process", "4 hours",
                "Co-ordinate the planning and purchase of short term bed provision to enable short term care in residential and nursing homes, including supporting Hospital discharge process."),
            CriticalFunction.of("Operational Policy Standards", "4 hours",
                "Provide critical advice and support on care management operational policy, practice and procedures. Manage communications of policy changes and implementation."),
            CriticalFunction.of("Business Continuity and Major Emergency Incident Response and Support", "4 hours",
                "Manage Directorate incident response and co-ordination to emergency community incidents and internal service disruption, including alerting and activation of plans, rest centre response, identification of vulnerable persons, liaison with County Emergency Centre and other external partners and agencies. Provide support to maintain statutory requirements for roles set out in Major Emergency Plan and Business Continuity Plan ensuring key decisions, record keeping , debriefing and reporting are managed appropriately."),
            CriticalFunction.of("Independent Living and Support – Management of Community Equipment Services", "24 hours",
                "Case manage and overview of contract management and Service Level Agreement management for the Countywide Integrated Community Equipment Services, providing telecare/telehealth, community equipment and services to users. Ensure continuity and maintenance of systems and service networks. Carry out essential repairs to lifts and maintain items."),
            CriticalFunction.of("Client and Business Information Management", "24 hours",
                "To maintain client records and critical business information (client records, financial, contractual, systems, other information assets) and all aspects of record keeping, including hardcopy and electronic data formats (Msoft, Redcell, SWIFT, ICS, Atrium, Oracle, PNC6, ENUT), in line with information."))
        .build();
  }

  /**
   * Seed 004 (Adult Social Care Transformation Programme Blueprint, 2012), Appendix 4: the
   * summary of the initial equality impact screening and its action plan, cell by cell. The
   * action plan's blank cells stay blank (merged cells in the original apply the first row's owner
   * and timescale to all; the model does not guess that).
   */
  static EqualityImpactAssessment seed004Appendix4() {
    return EqualityImpactAssessment.builder()
        .id("equality-impact-assessment")
        .title("Appendix 4: Equalities Impact Assessment")
        .subject("Adult Social Care Transformation Programme")
        .responsibleOwner(Person.of("Mark Lobban", "Director of Strategic Commissioning, Families and Social Care"))
        .completedBy(Person.of("Samantha Sheppard", "Efficiency Manager"))
        .screeningDate(PlanDate.parse("23 January 2012"))
        .addAssessment(CharacteristicAssessment.builder().characteristic("Age")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .details("Full assessment can not be made at this time as the nature of change is yet to be determined. It is likely that service users, staff and providers of services across all protected groups will be impacted. Aim of transformation is to provide better services that improve outcomes for people who use our services and are value for money. Failure to achieve this could lead to high negative impact. Therefore, comprehensive initial and ongoing stakeholder engagement and consultation will mean that services will be designed with protected characteristics in mind leading to high positive impact.")
            .build())
        .addAssessment(CharacteristicAssessment.builder().characteristic("Disability")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .build())
        .addAssessment(CharacteristicAssessment.builder().characteristic("Gender")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .build())
        .addAssessment(CharacteristicAssessment.builder().characteristic("Gender identity")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .build())
        .addAssessment(CharacteristicAssessment.builder().characteristic("Race")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .build())
        .addAssessment(CharacteristicAssessment.builder().characteristic("Religion or belief")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .build())
        .addAssessment(CharacteristicAssessment.builder().characteristic("Sexual orientation")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .build())
        .addAssessment(CharacteristicAssessment.builder().characteristic("Pregnancy and maternity")
            .affectedDifferently(true).promotesEqualOpportunity(true)
            .positiveImpact(ImpactLevel.parse("High")).negativeImpact(ImpactLevel.parse("High"))
            .build())
        .addAction(EqualityAction.builder().characteristic("Age")
            .issues("No issues have been identified at this time.")
            .action("Impact assessment will be regularly reviewed and updated to reflect actions needed to address issues arising from consultation and engagement. Individual work programmes will also complete impact assessment specific to that programme.")
            .expectedOutcomes("Better outcomes for service users.")
            .owner("Mark Lobban")
            .timescale("February 2012 – March 2015.")
            .costImplications("None have been identified at this time.").build())
        .addAction(EqualityAction.builder().characteristic("Disability")
            .issues("Issues are expected to arise through engagement and consultation process.")
            .expectedOutcomes("Increase in choice and control in type of services and how accessed.")
            .costImplications("Cost implications will be reviewed regularly as part of impact assessment.").build())
        .addAction(EqualityAction.builder().characteristic("Gender")
            .expectedOutcomes("Personalised support packages").build())
        .addAction(EqualityAction.builder().characteristic("Gender Identity")
            .expectedOutcomes("Value for money services.").build())
        .addAction(EqualityAction.builder().characteristic("Race")
            .expectedOutcomes("Achieve savings needed.").build())
        .addAction(EqualityAction.builder().characteristic("Religion or Belief").build())
        .addAction(EqualityAction.builder().characteristic("Sexual Orientation").build())
        .addAction(EqualityAction.builder().characteristic("Pregnancy and Maternity").build())
        .note("This is a summary version of the equalities impact assessment for the transformation programme. The full equalities impact assessment is owned by the FSC Efficiency team and available on request.")
        .build();
  }
}
