package org.jiebang.challenge;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jiebang.platform.region.RegionCode;

/**
 * The content of a challenge as its owner writes it (SPEC §3, §10), from the step-by-step page or
 * the API. A draft needs only a title and fields within their limits (the {@code Default} group);
 * a submission needs everything ({@link Complete}).
 */
public class ChallengeForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The constraints a challenge must meet to be submitted for review. */
    public interface Complete {
    }

    public static final int TITLE_LENGTH = 200;
    public static final int SUMMARY_LENGTH = 1000;
    public static final int TEXT_LENGTH = 20_000;
    public static final int INDUSTRY_LENGTH = 100;
    public static final int KEYWORD_LENGTH = 50;
    public static final int MAX_KEYWORDS = 10;
    public static final int MAX_INDICATORS = 30;

    @NotBlank
    @Size(max = TITLE_LENGTH)
    private String title;

    @NotBlank(groups = Complete.class)
    @Size(max = SUMMARY_LENGTH)
    private String summary;

    @NotBlank(groups = Complete.class)
    @Size(max = TEXT_LENGTH)
    private String background;

    @NotBlank(groups = Complete.class)
    @Size(max = TEXT_LENGTH)
    private String problem;

    @NotEmpty(groups = Complete.class)
    @Size(max = MAX_INDICATORS)
    private List<@Valid @NotNull Indicator> indicators = new ArrayList<>();

    /** code of the technology-domain list ({@code GET /api/v1/fields}) */
    @NotBlank(groups = Complete.class)
    @Size(max = 32)
    private String field;

    @Size(max = INDUSTRY_LENGTH)
    private String industry;

    /** 6-digit administrative division code */
    @NotBlank(groups = Complete.class)
    @RegionCode
    private String region;

    @Size(max = MAX_KEYWORDS)
    private List<@NotBlank @Size(max = KEYWORD_LENGTH) String> keywords = new ArrayList<>();

    /** the bounty in CNY */
    @NotNull(groups = Complete.class)
    @DecimalMin(value = "0", inclusive = false, message = "{jiebang.money.positive}")
    @Digits(integer = 16, fraction = 2, message = "{jiebang.money.digits}")
    private BigDecimal budget;

    /** the bidding deadline */
    @NotNull(groups = Complete.class)
    private Instant deadline;

    @NotNull(groups = Complete.class)
    @Min(1)
    @Max(120)
    private Integer durationMonths;

    @NotBlank(groups = Complete.class)
    @Size(max = TEXT_LENGTH)
    private String ipTerms;

    @Size(max = TEXT_LENGTH)
    private String confidentialDetails;

    @Min(1)
    @Max(10)
    private Integer maxAwards = 1;

    private Evaluation evaluation = Evaluation.SINGLE;

    /** the review weights (SPEC §5); the defaults when not given */
    private Rubric rubric;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBackground() {
        return background;
    }

    public void setBackground(String background) {
        this.background = background;
    }

    public String getProblem() {
        return problem;
    }

    public void setProblem(String problem) {
        this.problem = problem;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<Indicator> indicators) {
        this.indicators = indicators == null ? new ArrayList<>() : indicators;
    }

    public String getField() {
        return field;
    }

    public void setField(String field) {
        this.field = field;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region == null ? null : region.strip();
    }

    public List<String> getKeywords() {
        return keywords;
    }

    public void setKeywords(List<String> keywords) {
        this.keywords = keywords == null ? new ArrayList<>() : keywords;
    }

    public BigDecimal getBudget() {
        return budget;
    }

    public void setBudget(BigDecimal budget) {
        this.budget = budget;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public void setDeadline(Instant deadline) {
        this.deadline = deadline;
    }

    public Integer getDurationMonths() {
        return durationMonths;
    }

    public void setDurationMonths(Integer durationMonths) {
        this.durationMonths = durationMonths;
    }

    public String getIpTerms() {
        return ipTerms;
    }

    public void setIpTerms(String ipTerms) {
        this.ipTerms = ipTerms;
    }

    public String getConfidentialDetails() {
        return confidentialDetails;
    }

    public void setConfidentialDetails(String confidentialDetails) {
        this.confidentialDetails = confidentialDetails;
    }

    public Integer getMaxAwards() {
        return maxAwards;
    }

    public void setMaxAwards(Integer maxAwards) {
        this.maxAwards = maxAwards;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation evaluation) {
        this.evaluation = evaluation;
    }

    public Rubric getRubric() {
        return rubric;
    }

    public void setRubric(Rubric rubric) {
        this.rubric = rubric;
    }
}
