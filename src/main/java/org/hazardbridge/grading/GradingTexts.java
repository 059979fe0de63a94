package org.hazardbridge.grading;

import java.util.List;
import java.util.stream.Collectors;
import org.hazardbridge.common.MarkdownText;
import org.hazardbridge.expert.ExpertProfile;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardType;
import org.hazardbridge.hazard.HazardFacts;

/** The Markdown texts the grading forms show. */
final class GradingTexts {

    private GradingTexts() {
    }

    static String basis(HazardGrading.Result result) {
        HazardFacts f = result.hazardCase().facts();
        String tables = "- 规则：" + result.unified().decisionKey() + " 第 " + result.unified().version() + " 版"
                + (result.local() == null ? ""
                        : "；" + result.local().decisionKey() + " 第 " + result.local().version() + " 版");
        return String.join("\n",
                "- 可能死亡 " + f.potentialDeaths() + " 人",
                "- 可能重伤 " + f.potentialSeriousInjuries() + " 人",
                "- 直接经济损失 " + f.potentialDirectLossYuan() + " 元",
                "- 社会影响 " + socialImpact(f),
                "- 重大事故隐患判定标准情形：" + (f.majorHazardSituation() ? "是" : "否"),
                tables);
    }

    static String opinions(HazardCase hazardCase, List<GradeOpinion> opinions) {
        return opinions.stream()
                .map(o -> "- " + regionName(hazardCase, o.adcode()) + "：" + o.grade() + " 级。"
                        + MarkdownText.escape(o.reason()))
                .collect(Collectors.joining("\n"));
    }

    static String panel(List<String> seated, int eligible) {
        return "- 已遴选专家：" + (seated.isEmpty() ? "无" : String.join("、", seated))
                + "\n- 符合条件的专家共 " + eligible + " 名，评审组至少需要 3 名";
    }

    static String seated(List<String> seated) {
        return "- 评审组现有专家：" + (seated.isEmpty() ? "无" : String.join("、", seated));
    }

    static String appointable(List<ExpertProfile> experts, List<String> seated) {
        return experts.stream().filter(e -> !seated.contains(e.userId()))
                .map(e -> "- " + e.userId() + " " + e.name() + "（专长：" + specialties(e) + "）")
                .collect(Collectors.joining("\n"));
    }

    private static String specialties(ExpertProfile expert) {
        return expert.specialties().stream()
                .map(code -> HazardType.parse(code).map(HazardType::label).orElse(code))
                .collect(Collectors.joining("、"));
    }

    private static String regionName(HazardCase hazardCase, String adcode) {
        return hazardCase.region(adcode).map(r -> r.name()).orElse(adcode);
    }

    private static String socialImpact(HazardFacts f) {
        return switch (f.socialImpact()) {
            case LOW -> "低";
            case MEDIUM -> "中";
            case HIGH -> "高";
            case SEVERE -> "严重";
        };
    }
}
