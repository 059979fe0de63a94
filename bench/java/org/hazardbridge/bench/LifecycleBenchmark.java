package org.hazardbridge.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.hazardbridge.HazardBridgeApplication;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardIntake;
import org.hazardbridge.hazard.HazardReportRequest;
import org.hazardbridge.rules.DecisionEvaluator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Items 1 and 2 of the benchmark (issue 6), in one JVM, on the same kind of database (H2 in memory, one per
 * engine) and the same history level (full):
 * <ol>
 *   <li>the baseline: a bare Camunda engine (a standalone configuration, none of the product's plugins, listeners,
 *       delegates or authorizations) runs a process of the same shape as a three-region case: the same user tasks
 *       (3 notices, 3 grade opinions, 3 disposals, 3 acceptances, as parallel multi-instance tasks in four
 *       sub-processes with non-interrupting timers), the same decision evaluations of the product's own tables
 *       (hazard-grading, jurisdiction per region, stage-deadlines per stage) and the asynchronous closure;</li>
 *   <li>the product: the whole lifecycle of a three-region case through its services, started by
 *       {@link HazardIntake#report}, each task claimed and completed as its region's officer or manager with the
 *       form values the forms submit, closure job executed.</li>
 * </ol>
 * For reference only, a third engine runs the baseline with authorization checks on (the engine's own checks of
 * each claim and completion against the default authorizations it grants candidate groups and assignees; the
 * product grants more), which the product needs and a bare engine by default does not do; the target compares
 * the product with the baseline above.
 * All are driven the same way (claim and complete through the engine's Java API, the closure job executed by the
 * driver thread, the job executor off), one case at a time on one thread. After a warm-up, rounds of each
 * alternate, each round starting with another of them, so that a disturbance of the host hits all of them; the
 * figure is the median round.
 */
public class LifecycleBenchmark {

    private static final int WARM_UP_CASES = Integer.getInteger("bench.warmup", 150);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    private static final int CASES_PER_ROUND = Integer.getInteger("bench.cases", 100);
    /** The same H2 settings for both engines; the product's own default URL (application.yaml) uses this cache. */
    private static final String H2_OPTIONS = System.getProperty("bench.h2", ";QUERY_CACHE_SIZE=256");

    /** In 青浦, away from its borders: 青浦 leads, 松江 and 闵行 are downstream (太浦河, 黄浦江上游). */
    static HazardReportRequest qingpuWaterPollution() {
        return new HazardReportRequest("WATER_POLLUTION", "淀山湖入湖河道油污", "巡查发现河道水面油膜，疑似企业偷排",
                new HazardReportRequest.Location(121.05, 31.11, "GCJ02"), 500,
                new HazardReportRequest.Consequences(0L, 2L, 2_000_000L, "MEDIUM"), false, null);
    }

    public static void main(String[] args) throws Exception {
        ConfigurableApplicationContext product = new SpringApplicationBuilder(HazardBridgeApplication.class)
                // Command-line arguments, so that they win over application.yaml (default properties would not).
                .run("--spring.datasource.url=jdbc:h2:mem:bench-product;DB_CLOSE_DELAY=-1" + H2_OPTIONS,
                        "--camunda.bpm.job-execution.enabled=false", "--server.port=0",
                        "--logging.level.root=WARN", "--spring.main.banner-mode=off");
        ProcessEngine productEngine = product.getBean(ProcessEngine.class);
        ProductDriver productDriver = new ProductDriver(productEngine, product.getBean(HazardIntake.class),
                product.getBean(DecisionEvaluator.class));
        ProcessEngine bare = bareEngine("bare", false);
        BareDriver bareDriver = new BareDriver(bare);
        ProcessEngine bareAuthorized = bareEngine("bare-authorized", true);
        BareDriver bareAuthorizedDriver = new BareDriver(bareAuthorized);

        productDriver.describeOneCase();
        bareDriver.describeOneCase();
        bareAuthorizedDriver.describeOneCase();

        for (int i = 0; i < WARM_UP_CASES; i++) {
            bareDriver.runCase();
            bareAuthorizedDriver.runCase();
            productDriver.runCase();
        }
        double[] bareRates = new double[ROUNDS];
        double[] bareAuthorizedRates = new double[ROUNDS];
        double[] productRates = new double[ROUNDS];
        Sampler sampler = new Sampler(Thread.currentThread());
        for (int round = 0; round < ROUNDS; round++) {
            // Each round starts with another of the three, so that none always runs after the same one.
            for (int turn = 0; turn < 3; turn++) {
                switch ((round + turn) % 3) {
                    case 0 -> bareRates[round] = rate(bareDriver);
                    case 1 -> bareAuthorizedRates[round] = rate(bareAuthorizedDriver);
                    default -> {
                        sampler.active = true;
                        productRates[round] = rate(productDriver);
                        sampler.active = false;
                    }
                }
            }
            System.out.printf("round %d: bare %.1f cases/s, bare with authorization %.1f cases/s, product %.1f"
                    + " cases/s%n", round + 1, bareRates[round], bareAuthorizedRates[round], productRates[round]);
        }
        double bareMedian = median(bareRates);
        double bareAuthorizedMedian = median(bareAuthorizedRates);
        double productMedian = median(productRates);
        System.out.printf("lifecycle, bare engine: %.1f cases/s (%.1f ms per case), median of %d rounds of %d%n",
                bareMedian, 1000 / bareMedian, ROUNDS, CASES_PER_ROUND);
        System.out.printf("lifecycle, product: %.1f cases/s (%.1f ms per case), median of %d rounds of %d%n",
                productMedian, 1000 / productMedian, ROUNDS, CASES_PER_ROUND);
        System.out.printf("lifecycle, ratio product/bare time per case: %.2f%n", bareMedian / productMedian);
        System.out.printf("for reference, not the target: the bare engine with the engine's authorization checks"
                + " on: %.1f cases/s (%.1f ms per case); ratio product/that %.2f%n",
                bareAuthorizedMedian, 1000 / bareAuthorizedMedian, bareAuthorizedMedian / productMedian);
        System.out.printf("history level: product %s, bare %s; JVM options %s%n",
                productEngine.getProcessEngineConfiguration().getHistory(),
                bare.getProcessEngineConfiguration().getHistory(),
                ManagementFactory.getRuntimeMXBean().getInputArguments());
        sampler.report();
        bare.close();
        bareAuthorized.close();
        product.close();
    }

    private static double rate(Driver driver) {
        long start = System.nanoTime();
        for (int i = 0; i < CASES_PER_ROUND; i++) {
            driver.runCase();
        }
        return CASES_PER_ROUND / ((System.nanoTime() - start) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * A standalone engine on its own in-memory database. With {@code authorization}, the engine checks each
     * claim and completion against the authorizations it grants a task's candidate group and assignee, as the
     * product's engine does; the driver grants nothing else.
     */
    static ProcessEngine bareEngine(String name, boolean authorization) throws Exception {
        ProcessEngineConfiguration config = new StandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:bench-" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false)
                .setAuthorizationEnabled(authorization)
                .setProcessEngineName(name);
        ProcessEngine engine = config.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment().name("bare-benchmark")
                .addString("bare-case.bpmn", BareDriver.bpmn());
        for (String table : List.of("hazard-grading.dmn", "jurisdiction.dmn", "stage-deadlines.dmn")) {
            deployment.addString(table, Files.readString(Path.of("decisions", table), StandardCharsets.UTF_8));
        }
        deployment.deploy();
        return engine;
    }

    /**
     * Where the product's time goes: samples the driving thread's stack every 5 ms during the product's rounds
     * (a sampling profiler in a few lines; the sampling itself costs the driver little).
     */
    static final class Sampler extends Thread {
        private static final String[][] PARTS = {
            {"trace: Ed25519 signatures", "sun.security.ec.ed."},
            {"trace: key unsealing (AES-GCM)", "com.sun.crypto.provider."},
            {"trace (all of org.hazardbridge.audit)", "org.hazardbridge.audit."},
            {"decision tables (DMN/FEEL)", "org.camunda.bpm.dmn."},
            {"product's JPA repositories (Hibernate)", "org.hibernate."},
            {"database (H2)", "org.h2."},
            {"authorization grants", "org.hazardbridge.security.Grants"}};
        private final Thread target;
        private final Map<String, Integer> parts = new java.util.LinkedHashMap<>();
        private final Map<String, Integer> innermost = new HashMap<>();
        private int samples;
        volatile boolean active;

        Sampler(Thread target) {
            this.target = target;
            setDaemon(true);
            start();
        }

        @Override
        public void run() {
            while (true) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
                if (active) {
                    sample(target.getStackTrace());
                }
            }
        }

        private synchronized void sample(StackTraceElement[] stack) {
            samples++;
            for (String[] part : PARTS) {
                for (StackTraceElement frame : stack) {
                    if (frame.getClassName().startsWith(part[1])) {
                        parts.merge(part[0], 1, Integer::sum);
                        break;
                    }
                }
            }
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith("org.hazardbridge.") && !frame.getClassName().contains("bench")
                        && !frame.getClassName().contains("$$")) {
                    innermost.merge(frame.getClassName().replace("org.hazardbridge.", "") + "."
                            + frame.getMethodName(), 1, Integer::sum);
                    return;
                }
            }
            innermost.merge("(engine, no product frame on the stack)", 1, Integer::sum);
        }

        synchronized void report() {
            System.out.printf("profile of the product's rounds, %d stack samples of the driving thread:%n", samples);
            parts.forEach((part, n) -> System.out.printf("  %5.1f%%  %s%n", 100.0 * n / samples, part));
            System.out.println("  innermost product method on the stack:");
            innermost.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(12)
                    .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
        }
    }

    interface Driver {
        void runCase();
    }

    /** Completes every task as the engine's Java API allows: authenticated as the user, claim, complete. */
    abstract static class TaskDriver implements Driver {
        final ProcessEngine engine;

        TaskDriver(ProcessEngine engine) {
            this.engine = engine;
        }

        /** The four stages of a three-region case, each task with the values its form submits. */
        void completeStages(String businessKey, String grade) {
            completeAll(businessKey, "acknowledge-notice", "officer", Map.of());
            completeAll(businessKey, "submit-grade-opinion", "manager",
                    Map.of("gradeOpinion", grade, "opinionReason", "同意自动分级结果"));
            completeAll(businessKey, "dispose-hazard", "officer", Map.of("disposalReport", "已截断排污口并清理岸线"));
            completeAll(businessKey, "accept-disposal", "manager",
                    Map.of("accepted", true, "acceptanceReport", "现场复核合格"));
        }

        void completeAll(String businessKey, String taskKey, String role, Map<String, Object> values) {
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(businessKey)
                    .taskDefinitionKey(taskKey).list();
            for (Task task : tasks) {
                String region = (String) engine.getTaskService().getVariable(task.getId(), "region");
                String user = role + region;
                engine.getIdentityService().setAuthentication(user, List.of(role + "s" + region));
                try {
                    engine.getTaskService().claim(task.getId(), user);
                    engine.getTaskService().complete(task.getId(), values);
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
            }
        }

        void executeClosure(String processInstanceId) {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(processInstanceId)
                    .messages().singleResult();
            engine.getManagementService().executeJob(job.getId());
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .count() != 0) {
                throw new IllegalStateException("case did not end: " + processInstanceId);
            }
        }

        long count(String processInstanceId, String what) {
            var history = engine.getHistoryService();
            return switch (what) {
                case "tasks" -> history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId)
                        .count();
                case "decisions" -> history.createHistoricDecisionInstanceQuery()
                        .processInstanceId(processInstanceId).count();
                default -> history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                        .count();
            };
        }
    }

    static final class ProductDriver extends TaskDriver {
        private final HazardIntake intake;
        private final DecisionEvaluator decisions;

        ProductDriver(ProcessEngine engine, HazardIntake intake, DecisionEvaluator decisions) {
            super(engine);
            this.intake = intake;
            this.decisions = decisions;
        }

        @Override
        public void runCase() {
            run();
        }

        private HazardCase run() {
            HazardCase reported = intake.report(qingpuWaterPollution());
            completeStages(reported.caseNumber(), reported.grade().name());
            executeClosure(reported.processInstanceId());
            return reported;
        }

        void describeOneCase() {
            HazardCase hazardCase = run();
            List<String> regions = hazardCase.regions().stream().map(r -> r.adcode()).toList();
            if (regions.size() != 3) {
                throw new IllegalStateException("the benchmark case must have three regions, has " + regions);
            }
            System.out.printf("product case %s: regions %s, grade %s, %d user tasks, %d decision records "
                    + "(decision_record), %d engine decision instances, %d activity instances%n",
                    hazardCase.caseNumber(), regions, hazardCase.grade(),
                    count(hazardCase.processInstanceId(), "tasks"), decisions.recordsOf(hazardCase.caseNumber())
                            .size(), count(hazardCase.processInstanceId(), "decisions"),
                    count(hazardCase.processInstanceId(), "activities"));
        }
    }

    static final class BareDriver extends TaskDriver {
        private static final List<String> REGIONS = List.of("310118", "310117", "310112");
        private int sequence;

        BareDriver(ProcessEngine engine) {
            super(engine);
        }

        @Override
        public void runCase() {
            run();
        }

        private ProcessInstance run() {
            Map<String, Object> variables = new HashMap<>();
            variables.put("hazardType", "WATER_POLLUTION");
            variables.put("potentialDeaths", 0L);
            variables.put("potentialSeriousInjuries", 2L);
            variables.put("potentialDirectLossYuan", 2_000_000L);
            variables.put("socialImpact", "MEDIUM");
            variables.put("majorHazardSituation", false);
            variables.put("regions", new ArrayList<>(REGIONS));
            variables.put("primaryRegion", REGIONS.get(0));
            String key = "BARE-" + (++sequence);
            ProcessInstance instance = engine.getRuntimeService()
                    .startProcessInstanceByKey("bare-case", key, variables);
            completeStages(key, "IV");
            executeClosure(instance.getId());
            return instance;
        }

        void describeOneCase() {
            ProcessInstance instance = run();
            System.out.printf("%s case: regions %s, %d user tasks, %d engine decision instances, %d activity "
                    + "instances%n", engine.getName(), REGIONS, count(instance.getId(), "tasks"),
                    count(instance.getId(), "decisions"), count(instance.getId(), "activities"));
        }

        /** The shape of a three-region case, with no product code: only engine expressions and the tables. */
        static String bpmn() {
            StringBuilder flow = new StringBuilder();
            flow.append("""
                    <startEvent id="start"/>
                    <sequenceFlow id="f0" sourceRef="start" targetRef="grade"/>
                    <businessRuleTask id="grade" camunda:decisionRef="hazard-grading"
                        camunda:mapDecisionResult="singleResult" camunda:resultVariable="grading"/>
                    <sequenceFlow id="f1" sourceRef="grade" targetRef="set-grade"/>
                    <scriptTask id="set-grade" scriptFormat="juel">
                      <script>${execution.setVariable('grade', grading.get('grade'))}</script>
                    </scriptTask>
                    <sequenceFlow id="f2" sourceRef="set-grade" targetRef="split"/>
                    <businessRuleTask id="split" camunda:decisionRef="jurisdiction"
                        camunda:mapDecisionResult="singleResult" camunda:resultVariable="role">
                      <extensionElements><camunda:inputOutput>
                        <camunda:inputParameter name="isLocation">${region == primaryRegion}</camunda:inputParameter>
                        <camunda:inputParameter name="withinRadius">${false}</camunda:inputParameter>
                        <camunda:inputParameter name="downstream">${region != primaryRegion}</camunda:inputParameter>
                      </camunda:inputOutput></extensionElements>
                      <multiInstanceLoopCharacteristics isSequential="true" camunda:collection="regions"
                          camunda:elementVariable="region"/>
                    </businessRuleTask>
                    <sequenceFlow id="f3" sourceRef="split" targetRef="deadline-NOTIFICATION"/>
                    """);
            String[][] stages = {{"NOTIFICATION", "acknowledge-notice", "officers"},
                {"GRADING", "submit-grade-opinion", "managers"}, {"DISPOSAL", "dispose-hazard", "officers"},
                {"ACCEPTANCE", "accept-disposal", "managers"}};
            for (int i = 0; i < stages.length; i++) {
                String stage = stages[i][0];
                String next = i + 1 < stages.length ? "deadline-" + stages[i + 1][0] : "close";
                flow.append("""
                        <businessRuleTask id="deadline-%1$s" camunda:decisionRef="stage-deadlines"
                            camunda:mapDecisionResult="singleEntry" camunda:resultVariable="stageDue">
                          <extensionElements><camunda:inputOutput>
                            <camunda:inputParameter name="stage">%1$s</camunda:inputParameter>
                          </camunda:inputOutput></extensionElements>
                        </businessRuleTask>
                        <sequenceFlow id="to-%1$s" sourceRef="deadline-%1$s" targetRef="stage-%1$s"/>
                        <subProcess id="stage-%1$s">
                          <startEvent id="start-%1$s"/>
                          <sequenceFlow id="in-%1$s" sourceRef="start-%1$s" targetRef="%2$s"/>
                          <userTask id="%2$s" camunda:candidateGroups="%3$s${region}">
                            <multiInstanceLoopCharacteristics camunda:collection="regions"
                                camunda:elementVariable="region"/>
                          </userTask>
                          <sequenceFlow id="out-%1$s" sourceRef="%2$s" targetRef="end-%1$s"/>
                          <endEvent id="end-%1$s"/>
                        </subProcess>
                        <boundaryEvent id="overdue-%1$s" attachedToRef="stage-%1$s" cancelActivity="false">
                          <timerEventDefinition><timeDuration>${stageDue}</timeDuration></timerEventDefinition>
                        </boundaryEvent>
                        <sequenceFlow id="late-%1$s" sourceRef="overdue-%1$s" targetRef="escalated-%1$s"/>
                        <endEvent id="escalated-%1$s"/>
                        <sequenceFlow id="after-%1$s" sourceRef="stage-%1$s" targetRef="%4$s"/>
                        """.formatted(stage, stages[i][1], stages[i][2], next));
            }
            flow.append("""
                    <serviceTask id="close" camunda:asyncBefore="true"
                        camunda:expression="${execution.setVariable('closed', true)}"/>
                    <sequenceFlow id="f9" sourceRef="close" targetRef="closed"/>
                    <endEvent id="closed"><terminateEventDefinition/></endEvent>
                    """);
            return """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        targetNamespace="https://hazardbridge.org/bench">
                      <process id="bare-case" isExecutable="true" camunda:historyTimeToLive="P30D">
                    %s  </process>
                    </definitions>
                    """.formatted(flow);
        }
    }
}
