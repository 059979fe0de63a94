package org.hazardbridge.evidence.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.hazardbridge.evidence.Attachment;
import org.hazardbridge.evidence.Evidence;
import org.hazardbridge.security.CaseAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Upload ({@code file} part), list and download of a case's evidence, for the regions taking part. */
@RestController
@RequestMapping("/api/hazards/{caseNumber}/attachments")
class EvidenceController {

    private final Evidence evidence;
    private final CaseAccess access;

    EvidenceController(Evidence evidence, CaseAccess access) {
        this.evidence = evidence;
        this.access = access;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@PathVariable String caseNumber, @RequestParam("file") MultipartFile file,
            Principal caller) throws IOException {
        access.visible(caseNumber);
        Attachment attachment = evidence.attach(caseNumber, file.getOriginalFilename(), file.getBytes(),
                caller == null ? null : caller.getName());
        AttachmentView view = AttachmentView.of(caseNumber, attachment);
        return ResponseEntity.created(URI.create(view.url())).body(view);
    }

    @GetMapping
    List<AttachmentView> list(@PathVariable String caseNumber) {
        access.visible(caseNumber);
        return evidence.of(caseNumber).stream().map(a -> AttachmentView.of(caseNumber, a)).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<byte[]> download(@PathVariable String caseNumber, @PathVariable long id) {
        access.visible(caseNumber);
        Attachment attachment = evidence.one(caseNumber, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(attachment.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(attachment.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Content-SHA256", attachment.sha256())
                .body(attachment.content());
    }

    /** RFC 6266: an ASCII fallback name for old clients and the exact name as UTF-8 for the others. */
    private static String disposition(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String exact = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "inline; filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
    }

    /** An attachment as listed on its case. */
    record AttachmentView(long id, String fileName, String contentType, long sizeBytes, String sha256,
            String uploadedBy, Instant uploadedAt, String url) {

        static AttachmentView of(String caseNumber, Attachment a) {
            return new AttachmentView(a.id(), a.fileName(), a.contentType(), a.sizeBytes(), a.sha256(),
                    a.uploadedBy(), a.uploadedAt(), "/api/hazards/" + caseNumber + "/attachments/" + a.id());
        }
    }
}
