package org.rabta.cases;

public record AttachmentDownload(String fileName, String contentType, byte[] content) {
}
