package org.hazardbridge.evidence;

import static org.hazardbridge.hazard.CaseVariables.ATTACHMENT_LINKS;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.hazardbridge.audit.CaseTrace;
import org.hazardbridge.audit.TraceAction;
import org.hazardbridge.common.AsEngine;
import org.hazardbridge.common.MarkdownText;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.common.NotFoundException;
import org.hazardbridge.hazard.CaseStatus;
import org.hazardbridge.hazard.HazardCase;
import org.hazardbridge.hazard.HazardCases;
import org.hazardbridge.hazard.IllegalCaseStateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores evidence for a case and keeps the case's {@code attachmentLinks} variable, which the task forms show,
 * in step with what is stored. The links are HTML anchors in a Markdown list, so that they open beside Tasklist.
 */
@Service
@Transactional
public class Evidence {

    private static final Logger log = LoggerFactory.getLogger(Evidence.class);

    /** Links shown on the forms: an engine string variable holds at most 4000 characters. */
    private static final int LINKS_SHOWN = 20;

    private final HazardCases cases;
    private final AttachmentRepository attachments;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final EvidenceProperties properties;
    private final CaseTrace trace;
    private final Clock clock;

    Evidence(HazardCases cases, AttachmentRepository attachments, RuntimeService runtime, IdentityService identity,
            EvidenceProperties properties, CaseTrace trace, Clock clock) {
        this.trace = trace;
        this.cases = cases;
        this.attachments = attachments;
        this.runtime = runtime;
        this.identity = identity;
        this.properties = properties;
        this.clock = clock;
    }

    public Attachment attach(String caseNumber, String originalName, byte[] content, String userId) {
        HazardCase hazardCase = openCase(caseNumber);
        EvidenceKind kind = check(content);
        Attachment attachment = attachments.save(new Attachment(hazardCase.id(), FileNames.clean(originalName),
                kind, content, sha256(content), userId, clock.instant()));
        trace.record(caseNumber, TraceAction.EVIDENCE_ATTACHED, Map.of("attachmentId", attachment.id(),
                "fileName", attachment.fileName(), "contentType", attachment.contentType(),
                "sizeBytes", attachment.sizeBytes(), "sha256", attachment.sha256()), userId);
        String links = links(hazardCase);
        AsEngine.run(identity, () -> runtime.setVariable(hazardCase.processInstanceId(), ATTACHMENT_LINKS, links));
        log.info("Case {} evidence {} attached ({} bytes, sha256 {})", caseNumber, attachment.fileName(),
                attachment.sizeBytes(), attachment.sha256());
        return attachment;
    }

    @Transactional(readOnly = true)
    public List<Attachment> of(String caseNumber) {
        return attachments.findByCaseIdOrderById(cases.require(caseNumber).id());
    }

    @Transactional(readOnly = true)
    public Attachment one(String caseNumber, long id) {
        return attachments.findByIdAndCaseId(id, cases.require(caseNumber).id())
                .orElseThrow(() -> new NotFoundException("案件 " + caseNumber + " 没有编号为 " + id
                        + " 的附件"));
    }

    private HazardCase openCase(String caseNumber) {
        HazardCase hazardCase = cases.require(caseNumber);
        if (hazardCase.status() != CaseStatus.OPEN) {
            throw new IllegalCaseStateException("案件 " + caseNumber + " 当前状态为 " + hazardCase.status()
                    + "，不再接收证据材料");
        }
        return hazardCase;
    }

    private EvidenceKind check(byte[] content) {
        if (content.length == 0) {
            throw new InvalidInputException("file", "文件为空");
        }
        if (content.length > properties.maxSize().toBytes()) {
            throw new InvalidInputException("file",
                    "文件超过大小上限 " + properties.maxSize().toMegabytes() + " MB");
        }
        return EvidenceKind.recognise(content).orElseThrow(() -> new InvalidInputException("file",
                "只接受 JPEG、PNG 或 PDF 文件（按文件内容识别）"));
    }

    private String links(HazardCase hazardCase) {
        List<Attachment> all = attachments.findByCaseIdOrderById(hazardCase.id());
        String listed = all.stream().skip(Math.max(0, all.size() - LINKS_SHOWN))
                .map(a -> "- <a href=\"" + url(hazardCase, a) + "\" target=\"_blank\" rel=\"noopener\">"
                        + MarkdownText.escape(a.fileName()) + "</a>")
                .collect(Collectors.joining("\n"));
        return all.size() <= LINKS_SHOWN ? listed : listed + "\n- 共 " + all.size() + " 个附件，"
                + "此处列出最近 " + LINKS_SHOWN + " 个；"
                + "完整列表见 /api/hazards/" + hazardCase.caseNumber() + "/attachments";
    }

    private static String url(HazardCase hazardCase, Attachment attachment) {
        return "/api/hazards/" + hazardCase.caseNumber() + "/attachments/" + attachment.id();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK offers no SHA-256", e);
        }
    }
}
