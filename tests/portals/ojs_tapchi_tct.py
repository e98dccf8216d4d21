"""Trường Chính trị tỉnh Tuyên Quang: a vendor PHP news CMS with the school's research bulletin
"Thông tin khoa học" on Open Journal Systems 3.3 beside it, under the same host.

Platform
    Two systems on one host. The news site is a small PHP CMS of a local vendor (template
    "tct2019": ``ddsmoothmenu`` drop-downs, Vietnamese-abbreviation class names such as
    ``tieude_ct``, ``noidung_ct``, ``tt_phu``, ``cot_phai``). The bulletin is a stock OJS 3.3.0.14
    (default theme, a child theme adding the review dates, the Inline HTML Galley plugin, pdf.js
    disabled so a PDF galley's view URL redirects to its download) under ``/tapchi/index.php/ttkh``.

URL scheme
    News CMS
      ``/``                                         home: slider, category boxes, bulletin box
      ``/tin-tuc/<cat>/``  ``?trang=N``               category listing, 3 items a page
      ``/tin-tuc/<cat>/<slug>-n<ID>.html``           article (canonical)
      ``/tin-tuc/<slug>-n<ID>.html``                 same article without category (home slider)
      ``/tin-tuc/in-bai.php?id=ID``                  print view (opened by ``onclick`` only)
      ``/index.php?m=tin&id=ID``                     pre-2019 module URL (home marquee)
      ``/gioi-thieu/…html``, ``/lien-he.html``, ``/van-ban/``, ``/van-ban/…-vbNNN.html``,
      ``/thu-vien-anh/``, ``/thu-vien-anh/…-aNN.html``, ``/tim-kiem.html?tukhoa=``
    OJS 3.3 (``J = /tapchi/index.php/ttkh``)
      ``J/index``  ``J/issue/current``  ``J/issue/archive``  ``J/issue/view/<issueId>``
      ``J/article/view/<bestId>``                    landing (bestId = urlPath when set, e.g.
                                                    ``ttkh58-01``; the numeric id answers too)
      ``J/article/view/<bestId>/<galleyId>``         HTML galley frame / PDF galley (302)
      ``J/article/download/<bestId>/<galleyId>``     galley file (``?inline=1`` from the frame)
      ``J/article/download/<bestId>/<galleyId>/<fileId>``  a galley's embedded image
      ``J/article/view/131/version/129``             an older version of article 131
      ``J/about``  ``J/about/editorialTeam``  ``J/about/aboutThisPublishingSystem``
      ``J/search``  ``J/login``  ``J/user/register``

Page templates
    News article: breadcrumb ``div.duong_dan``, ``h1.tieude_ct``, meta line ``div.tt_phu`` printing
    the time *before* the day ("14:30 | 03/12/2026") with views and sometimes the CMS account,
    an optional sapo box ``div.tomtat_ct``, the text ``div.noidung_ct`` (TinyMCE, FCKeditor
    entities or Word paste), "File đính kèm", "Cập nhật lần cuối", tool bar, reader comments,
    "Các tin khác" (the two newest other posts of the category).
    OJS landing: breadcrumbs ending with the section, ``h1.page_title``, authors with
    affiliations, DOI, keywords, abstract ("Tóm tắt"), for some the full text inline
    (``section.item.inline_html_galley``), "Tài liệu tham khảo"; a side column with the issue
    cover, galley buttons, review dates, "Đã xuất bản", "Cách trích dẫn" (APA), issue, section,
    licence.

How each gold article is reached
    Tin tức - Sự kiện: 1262, 1255, 1240 from the home boxes and listing page 1; 1228 only from
    ``/tin-tuc/tin-tuc-su-kien/?trang=2``. Hoạt động đào tạo: 1259, 1250, 1237 from home and
    page 1; 1226 only from page 2, whose only way in is the listing's GET form
    (``<select name="trang">``, submitted by ``onchange``; a ``<noscript>`` button). Thông báo:
    1264 from the sidebar box, the listing and the marquee (old URL). Bulletin: the menu item
    "Thông tin khoa học" -> journal index (current issue Số 6: ttkh58-01, ttkh58-02) and
    "Lưu trữ" -> ``issue/view/2`` (Số 5: 131, 133); the home's bulletin box also links 145/147
    by number.

Traps
    1. Two kinds of OJS landing page look alike (title, authors, DOI, abstract, galley buttons):
       those carrying the full text inline are articles; those with an abstract and a PDF only
       are catalogue entries (ttkh58-03, 134) -> not articles (two are in NON_ARTICLES).
    2. One bulletin article at up to five URLs: urlPath and numeric id (the news site's box
       links the number), the HTML galley's frame page ``/article/view/X/<galley>``, the bare
       galley file in its iframe ``/article/download/X/<galley>?inline=1``, and for 131 an older
       version ``/version/129`` -> one record at the path OJS's own TOC prints, the rest in
       ``alt_paths``. News posts likewise: category URL (canonical), short URL from the slider,
       print view, old ``/index.php?m=tin&id=`` from the marquee.
    3. Dates. News meta prints the time before the day ("14:30 | 03/12/2026") -> 14:30+07:00; a
       post "00:00 | 20/10/2026" -> the day alone; "Cập nhật lần cuối" and the header's today are
       no dates. OJS prints the child theme's "Ngày nhận bài"/"Ngày duyệt đăng" boxes *above*
       "Đã xuất bản", meta ``DC.Date.dateSubmitted``/``modified``, and for 131 "Đã xuất bản
       2026-10-28. Đã cập nhật 2026-11-09." -> the first publication day, date only.
    4. Names. OJS authors carry degrees typed into the given-name field ("PGS, TS.", "TS" with
       no dot, "NCS.", "CN.") with the affiliation in a sibling span; "Cách trích dẫn" prints
       them mangled by APA ("Lợi, P. T. P. V.") -> plain names. News bylines: "Tin, ảnh: X",
       "Tin: X - Ảnh: Y", "ThS. X - Phó Trưởng khoa …", a unit signing alone, "BBT",
       "Người đăng: quantri_tct", a photo line "(Ảnh: Ngọc Anh)" -> per the house rules.
    5. Discovery: "Hoạt động đào tạo" pages only through a GET form with a ``<select>``;
       "Các tin khác" shows only the two newest others, so each category's oldest post is
       reached only from its page 2; the news site's "Nghiên cứu khoa học" is the OJS journal.
    6. An official notice posted as news (1264): party letterhead table ("TỈNH ỦY TUYÊN QUANG
       / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: 412-TB/TCT", "Tuyên Quang, ngày 30
       tháng 11 năm 2026"), kind/subject, "Nơi nhận" and "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG /
       (Đã ký) / Nguyễn Văn Thắng"; the CMS says 01/12/2026 09:12 -> 2026-11-30, author the
       signer, body only the text between.
    7. Encodings: the inline galley of ttkh58-02 is decomposed Unicode (NFD, from a Word
       converter) while its abstract is NFC; post 1237 is FCKeditor entity soup (``&agrave;``,
       ``&#7897;``) -> NFC text.
    8. "Nguồn: …" under a data table in the middle of a text (1237, ttkh58-02) is the table's
       note: a body paragraph, not the source; a closing "Theo Báo Tuyên Quang" is the source.
    9. Word paste (1259): ``mso-list:Ignore`` bullets are no text, the editor's typed "- " is;
       ``<br>`` inside a paragraph (1255, 131) splits it.
    10. Chrome that reads like text: OJS "Cách trích dẫn", "Tài liệu tham khảo", keywords,
        licence, the pages' review dates; news "Ý kiến bạn đọc" comments, "Xem thêm:" line,
        "File đính kèm", listing teasers; issue covers and listing thumbnails are no photos.

Gold decisions on ambiguous points
    - Articles: the news posts, and a bulletin article whose landing page prints its full text
      (Inline HTML Galley). Its record is the landing page at the bestId OJS's TOC links; the
      frame page, the bare galley file, the numeric id and the older version are alt_paths.
      A landing with abstract + PDF only is not an article (the text is in the PDF).
    - Bulletin article: ``summary`` = the abstract (printed in its own "Tóm tắt" section), the
      body = abstract then the galley's paragraphs (numbered headings, table rows, the table's
      "Nguồn" note and quotes included); keywords, references, citation, licence, DOI and
      affiliations are not body. ``category`` = the OJS section (last breadcrumb, "Chuyên
      mục"), not the issue. ``published_at`` = "Đã xuất bản" (first publication), day only.
      The issue cover is not an article image; the galley's figures are, at their
      ``/article/download/<bestId>/<galley>/<file>`` path, caption = the "Hình N. …" line.
    - A photo line that only credits ("(Ảnh: Ngọc Anh)") gives caption None and the name as
      photographer. A caption's final period is kept as printed.
    - News ``category`` = the breadcrumb's last step ("Tin tức - Sự kiện", "Hoạt động đào tạo",
      "Thông báo"), the same on every URL variant.
    - A table's title line above it ("Bảng 1. …") is body text.
"""

from __future__ import annotations

import re
import unicodedata

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "ojs_tapchi_tct"
PLATFORM = "OJS 3.3 (Thông tin khoa học) + vendor PHP news CMS"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Chính trị tỉnh Tuyên Quang"
J = "/tapchi/index.php/ttkh"
JOURNAL = "Thông tin khoa học"
TPL = "/templates/tct2019"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "dao-tao-boi-duong": "Hoạt động đào tạo",
    "thong-bao": "Thông báo",
}
PAGE_SIZE = 3

# ------------------------------------------------------------------------------------------
# News posts (newest first within each category)
# ------------------------------------------------------------------------------------------

_R = "text-align:right"

NEWS: list[Story] = [
    Story(
        id=1262,
        slug="dang-bo-truong-kiem-diem-danh-gia-xep-loai-chat-luong-to-chuc-dang-dang-vien-nam-2026",
        title="Đảng bộ Trường Chính trị tỉnh kiểm điểm, đánh giá, xếp loại chất lượng tổ chức "
        "đảng, đảng viên năm 2026",
        cat="tin-tuc-su-kien",
        published_at="2026-12-03T14:30:00+07:00",
        summary="Chiều ngày 03/12, Đảng bộ Trường Chính trị tỉnh tổ chức Hội nghị kiểm điểm, "
        "đánh giá, xếp loại chất lượng đối với tập thể Ban Chấp hành Đảng bộ, Ban Thường vụ Đảng "
        "ủy và cá nhân các đồng chí ủy viên Ban Chấp hành năm 2026.",
        blocks=[
            P(
                "Chiều ngày 03/12, Đảng bộ Trường Chính trị tỉnh tổ chức Hội nghị kiểm điểm, "
                "đánh giá, xếp loại chất lượng đối với tập thể Ban Chấp hành Đảng bộ, Ban Thường "
                "vụ Đảng ủy và cá nhân các đồng chí ủy viên Ban Chấp hành năm 2026.",
                "bold",
            ),
            Img(
                "/uploads/tin-tuc/2026/12/hoi-nghi-kiem-diem-2026-1.jpg",
                "Quang cảnh Hội nghị",
                "Quang cảnh Hội nghị",
                "tbl",
            ),
            P(
                "Dự Hội nghị có đồng chí Hoàng Thị Minh Thu, Phó Trưởng ban Tổ chức Tỉnh ủy; "
                "đại diện Ủy ban Kiểm tra Tỉnh ủy, Đảng ủy các cơ quan Đảng tỉnh và các đồng chí "
                "trong Ban Chấp hành Đảng bộ Trường."
            ),
            P(
                "Tại Hội nghị, Ban Chấp hành Đảng bộ Trường đã thông qua báo cáo kiểm điểm tập "
                "thể năm 2026, trong đó tập trung làm rõ kết quả lãnh đạo thực hiện nhiệm vụ "
                "chính trị, công tác xây dựng Đảng, việc khắc phục những hạn chế, khuyết điểm đã "
                "được chỉ ra ở các kỳ kiểm điểm trước. Năm 2026, Nhà trường đã mở 27 lớp đào "
                "tạo, bồi dưỡng với 2.846 học viên, vượt 12% kế hoạch năm; 100% đảng viên hoàn "
                "thành tốt nhiệm vụ trở lên."
            ),
            P(
                "Các đồng chí dự Hội nghị đã thẳng thắn góp ý, chỉ ra một số hạn chế như: việc "
                "đổi mới nội dung, phương pháp giảng dạy ở một số khoa còn chậm; chất lượng bài "
                "viết nghiên cứu khoa học chưa đồng đều; công tác phối hợp với các xã, phường "
                "trong quản lý học viên các lớp hệ không tập trung có lúc chưa chặt chẽ."
            ),
            Img(
                "/uploads/tin-tuc/2026/12/hoi-nghi-kiem-diem-2026-2.jpg",
                "Đồng chí Hoàng Thị Minh Thu, Phó Trưởng ban Tổ chức Tỉnh ủy phát biểu chỉ đạo "
                "Hội nghị",
                "Đồng chí Hoàng Thị Minh Thu, Phó Trưởng ban Tổ chức Tỉnh ủy phát biểu chỉ đạo "
                "Hội nghị",
                "tbl",
            ),
            P(
                "Phát biểu chỉ đạo Hội nghị, đồng chí Phó Trưởng ban Tổ chức Tỉnh ủy ghi nhận, "
                "đánh giá cao sự chuẩn bị chu đáo, tinh thần tự phê bình và phê bình nghiêm túc "
                "của tập thể và cá nhân các đồng chí ủy viên Ban Chấp hành Đảng bộ Trường; đề "
                "nghị Đảng ủy tiếp tục đổi mới phương thức lãnh đạo, gắn công tác đào tạo, bồi "
                "dưỡng với yêu cầu xây dựng đội ngũ cán bộ cơ sở sau sắp xếp đơn vị hành chính."
            ),
            P(
                "Kết quả, tập thể Ban Chấp hành Đảng bộ Trường được đề nghị xếp loại “Hoàn thành "
                "tốt nhiệm vụ”; 100% ủy viên Ban Chấp hành được đánh giá hoàn thành tốt nhiệm vụ "
                "trở lên."
            ),
            Raw(f'<p style="{_R}"><strong>Tin, ảnh: Hoàng Tuấn</strong></p>'),
        ],
        authors=["Hoàng Tuấn"],
        photographers=["Hoàng Tuấn"],
        opts={"time": "14:30", "day": "03/12/2026", "updated": "04/12/2026 08:15"},
    ),
    Story(
        id=1255,
        slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        cat="tin-tuc-su-kien",
        published_at="2026-11-20T09:45:00+07:00",
        blocks=[
            P(
                "Sáng 20/11, Trường Chính trị tỉnh tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà giáo "
                "Việt Nam. Tham dự buổi gặp mặt có các đồng chí nguyên là lãnh đạo Trường qua các "
                "thời kỳ, các nhà giáo đã nghỉ hưu cùng toàn thể cán bộ, giảng viên, nhân viên "
                "Nhà trường."
            ),
            Img(
                "/uploads/tin-tuc/2026/11/gap-mat-20-11-2026.jpg", "(Ảnh: Ngọc Anh)", None, "credit"
            ),
            P(
                "Ôn lại truyền thống vẻ vang của Ngày Nhà giáo Việt Nam, đồng chí Hiệu trưởng "
                "khẳng định: năm qua, đội ngũ giảng viên Nhà trường đã không ngừng học tập, nâng "
                "cao trình độ, tích cực đổi mới phương pháp giảng dạy theo hướng phát huy tính "
                "chủ động của học viên; nhiều giảng viên đạt danh hiệu giảng viên dạy giỏi cấp "
                "trường và cấp tỉnh."
            ),
            P(
                "Nhân dịp này, Nhà trường đã trao Giấy khen cho 09 giảng viên có thành tích xuất "
                "sắc trong Hội giảng năm 2026.",
                "br",
            ),
            P("Ban Chấp hành Công đoàn Trường cũng tặng hoa chúc mừng các nhà giáo lão thành 💐"),
            P(
                "Buổi gặp mặt diễn ra trong không khí ấm cúng, thân tình với nhiều tiết mục văn "
                "nghệ đặc sắc do cán bộ, giảng viên và học viên lớp Trung cấp lý luận chính trị "
                "K45A biểu diễn."
            ),
            Raw(f'<p style="{_R}"><b>Ngọc Anh - Khoa Lý luận cơ sở</b></p>'),
        ],
        authors=["Ngọc Anh"],
        photographers=["Ngọc Anh"],
        opts={
            "time": "09:45",
            "day": "20/11/2026",
            "updated": "20/11/2026 10:02",
            "comments": [
                (
                    "Học viên K45A",
                    "21/11/2026 07:12",
                    "Chúc các thầy, cô giáo Trường Chính trị tỉnh luôn mạnh khỏe, hạnh phúc và "
                    "gặt hái nhiều thành công trong sự nghiệp trồng người!",
                )
            ],
        },
    ),
    Story(
        id=1240,
        slug="doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i-lam-viec-tai-truong",
        title="Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh",
        cat="tin-tuc-su-kien",
        published_at="2026-11-06T16:10:00+07:00",
        summary="Ngày 06/11, Đoàn công tác của Học viện Chính trị khu vực I do PGS, TS. Nguyễn "
        "Văn Hậu, Phó Giám đốc Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị "
        "tỉnh về công tác phối hợp mở lớp Cao cấp lý luận chính trị và nghiên cứu khoa học.",
        sapo_outside=True,
        blocks=[
            Img(
                "/uploads/tin-tuc/2026/11/doan-cong-tac-hv-kv1.jpg",
                "Toàn cảnh buổi làm việc",
                "Toàn cảnh buổi làm việc",
                "center_em",
            ),
            P(
                "Tại buổi làm việc, lãnh đạo Trường Chính trị tỉnh đã báo cáo kết quả phối hợp "
                "tổ chức lớp Cao cấp lý luận chính trị hệ không tập trung K26.B3 tại tỉnh; công "
                "tác quản lý học viên, cơ sở vật chất phục vụ giảng dạy, học tập và kết quả thực "
                "hiện các đề tài khoa học cấp cơ sở năm 2026."
            ),
            P("Tiếp tục đổi mới công tác phối hợp", "h"),
            P(
                "Phát biểu tại buổi làm việc, Trưởng đoàn công tác đánh giá cao sự phối hợp chặt "
                "chẽ, hiệu quả của Trường Chính trị tỉnh trong thời gian qua; đồng thời đề nghị "
                "Nhà trường tiếp tục tăng cường công tác quản lý học viên, bảo đảm thực hiện "
                "nghiêm quy chế đào tạo, chủ động đề xuất các chuyên đề bồi dưỡng sát với thực "
                "tiễn địa phương."
            ),
            P(
                "Hai bên cũng thống nhất sẽ phối hợp tổ chức Hội thảo khoa học “Xây dựng đội ngũ "
                "cán bộ cấp xã đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp” vào quý I "
                "năm 2027."
            ),
            Img(
                "/uploads/tin-tuc/2026/11/trao-qua-luu-niem.jpg",
                "Lãnh đạo Trường Chính trị tỉnh tặng quà lưu niệm Đoàn công tác",
                "Lãnh đạo Trường Chính trị tỉnh tặng quà lưu niệm Đoàn công tác",
                "center_em",
            ),
            Raw(f'<p style="{_R}"><em><strong>Tin: Thu Trang - Ảnh: Đức Minh</strong></em></p>'),
        ],
        authors=["Thu Trang"],
        photographers=["Đức Minh"],
        opts={"time": "16:10", "day": "06/11/2026", "xem_them": 1250},
    ),
    Story(
        id=1228,
        slug="cong-doan-truong-to-chuc-cac-hoat-dong-chao-mung-ngay-phu-nu-viet-nam-20-10",
        title="Công đoàn Trường tổ chức các hoạt động chào mừng Ngày Phụ nữ Việt Nam 20/10",
        cat="tin-tuc-su-kien",
        published_at="2026-10-20",
        summary="Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
        "(20/10/1930 - 20/10/2026), Ban Chấp hành Công đoàn Trường Chính trị tỉnh đã tổ chức "
        "nhiều hoạt động thiết thực, ý nghĩa.",
        blocks=[
            P(
                "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam "
                "(20/10/1930 - 20/10/2026), Ban Chấp hành Công đoàn Trường Chính trị tỉnh đã tổ "
                "chức nhiều hoạt động thiết thực, ý nghĩa.",
                "bold",
            ),
            P(
                "Theo kế hoạch, các hoạt động được tổ chức từ ngày 15 đến ngày 20/10/2026, gồm: "
                "giải thi đấu cầu lông, bóng bàn nữ; hội thi cắm hoa nghệ thuật với chủ đề “Sắc "
                "hoa tri ân” và tọa đàm “Phụ nữ Trường Chính trị tỉnh với phong trào thi đua dạy "
                "tốt, học tốt”."
            ),
            Img(
                "/uploads/tin-tuc/2026/10/hoi-thi-cam-hoa.jpg",
                "Các tác phẩm tham gia Hội thi cắm hoa nghệ thuật",
                "Các tác phẩm tham gia Hội thi cắm hoa nghệ thuật",
                "tbl",
            ),
            P(
                "Kết thúc các hoạt động, Ban Chấp hành Công đoàn đã trao giải Nhất hội thi cắm "
                "hoa cho Công đoàn bộ phận Khoa Nhà nước và pháp luật; giải Nhì cho Công đoàn bộ "
                "phận Phòng Tổ chức - Hành chính và hai giải Ba."
            ),
            P(
                "Dịp này, Công đoàn Trường cũng thăm hỏi, tặng quà 05 đoàn viên nữ có hoàn cảnh "
                "khó khăn với tổng số tiền 5 triệu đồng."
            ),
            Raw('<p align="right"><strong>BBT</strong></p>'),
        ],
        opts={"time": "00:00", "day": "20/10/2026"},
    ),
    Story(
        id=1259,
        slug="khai-giang-lop-trung-cap-ly-luan-chinh-tri-k46-he-khong-tap-trung",
        title="Khai giảng lớp Trung cấp lý luận chính trị K46 hệ không tập trung",
        cat="dao-tao-boi-duong",
        published_at="2026-11-28T08:00:00+07:00",
        summary="Sáng ngày 28/11/2026, Trường Chính trị tỉnh tổ chức Lễ khai giảng lớp Trung cấp "
        "lý luận chính trị K46 hệ không tập trung cho 96 học viên là cán bộ, công chức các xã, "
        "phường trên địa bàn tỉnh.",
        sapo_outside=True,
        blocks=[
            P(
                "Đến dự Lễ khai giảng có đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng Nhà trường; "
                "đại diện lãnh đạo các khoa, phòng chuyên môn và toàn thể học viên của lớp."
            ),
            Img(
                "/uploads/tin-tuc/2026/11/khai-giang-tccl-k46.jpg",
                "Đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "Đồng chí Nguyễn Văn Thắng, Phó Hiệu trưởng phát biểu khai giảng lớp học",
                "tbl",
            ),
            P(
                "Lớp học được tổ chức trong thời gian 08 tháng, với 4 phần học gồm 19 học phần, "
                "tập trung vào các nội dung cơ bản sau:"
            ),
            P("Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh;", "mso"),
            P("Những vấn đề cơ bản về Đảng Cộng sản, Nhà nước và hệ thống chính trị;", "mso"),
            P(
                "Đường lối, chính sách của Đảng, Nhà nước Việt Nam về các lĩnh vực của đời sống "
                "xã hội;",
                "mso",
            ),
            P("Kỹ năng lãnh đạo, quản lý và nghiệp vụ công tác ở cơ sở.", "mso"),
            P("- Thời gian học: Các ngày thứ Sáu, thứ Bảy và Chủ nhật hằng tuần."),
            P("- Địa điểm: Hội trường B, Trường Chính trị tỉnh."),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị các học viên chấp hành "
                "nghiêm quy chế học tập, phát huy tinh thần tự học, tự nghiên cứu, gắn lý luận "
                "với thực tiễn công tác tại địa phương để hoàn thành tốt khóa học."
            ),
            Raw(
                '<p class="MsoNormal" align="right" style="text-align:right"><b><span '
                'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">Phòng '
                "Quản lý đào tạo - NCKH</span></b><o:p></o:p></p>"
            ),
        ],
        authors=["Phòng Quản lý đào tạo - NCKH"],
        opts={"time": "08:00", "day": "28/11/2026", "enc": "word", "poster": "qldt_nhung"},
    ),
    Story(
        id=1250,
        slug="be-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4-nam-2026",
        title="Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-11-14T15:20:00+07:00",
        summary="Chiều 14/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
        "bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
        blocks=[
            P(
                "Chiều 14/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh tổ chức "
                "bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026.",
                "bold",
            ),
            P(
                "Trong thời gian 05 ngày, 112 học viên là trưởng các chi hội, đoàn thể, trưởng "
                "thôn, tổ dân phố đã được nghiên cứu, quán triệt 10 chuyên đề về quan điểm của "
                "Đảng, chính sách, pháp luật của Nhà nước về quốc phòng, an ninh; công tác dân "
                "quân tự vệ; phòng, chống “diễn biến hòa bình”, bạo loạn lật đổ trên địa bàn cơ sở."
            ),
            Img(
                "/uploads/tin-tuc/2026/11/be-giang-qpan-dt4.jpg",
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                "Trao giấy chứng nhận hoàn thành khóa học cho các học viên",
                "center_em",
            ),
            P(
                "Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 38 học viên đạt loại "
                "giỏi, 69 học viên đạt loại khá."
            ),
            P(
                "“Kiến thức quốc phòng và an ninh được trang bị sẽ giúp chúng tôi vận động nhân "
                "dân tham gia xây dựng thế trận lòng dân vững chắc ngay từ thôn, bản” - học viên "
                "Hoàng Văn Páo, Trưởng thôn Khuổi Phầy chia sẻ.",
                "quote",
            ),
            Raw(
                f'<p style="{_R}"><strong>ThS. Lê Thị Thu Hà - Phó Trưởng khoa Xây dựng '
                "Đảng</strong></p>"
            ),
        ],
        authors=["Lê Thị Thu Hà"],
        opts={"time": "15:20", "day": "14/11/2026", "updated": "15/11/2026 07:40"},
    ),
    Story(
        id=1237,
        slug="hoi-giang-giang-vien-cap-truong-nam-2026-09-bai-giang-dat-loai-gioi",
        title="Hội giảng giảng viên cấp trường năm 2026: 09 bài giảng đạt loại giỏi",
        cat="dao-tao-boi-duong",
        published_at="2026-11-02T10:05:00+07:00",
        blocks=[
            P(
                "Từ ngày 27/10 đến ngày 31/10/2026, Trường Chính trị tỉnh tổ chức Hội giảng giảng "
                "viên cấp trường năm 2026 với sự tham gia của 16 giảng viên đến từ 4 khoa chuyên "
                "môn."
            ),
            P(
                "Các bài giảng tham gia Hội giảng được chuẩn bị công phu, bám sát chương trình "
                "Trung cấp lý luận chính trị; nhiều giảng viên đã ứng dụng công nghệ thông tin, "
                "sử dụng bài giảng điện tử, tình huống thực tiễn của địa phương để minh họa, giúp "
                "bài giảng sinh động, thuyết phục."
            ),
            P(
                "Kết quả Hội giảng, Ban Tổ chức đã công nhận 09 bài giảng đạt loại giỏi, 07 bài "
                "giảng đạt loại khá. Các bài giảng đạt điểm cao nhất gồm:"
            ),
            P("TT | Họ và tên giảng viên | Khoa | Điểm", "tr"),
            P("1 | ThS. Nguyễn Thị Hồng Nhung | Khoa Lý luận cơ sở | 19,2", "tr"),
            P("2 | ThS. Đỗ Minh Châu | Khoa Nhà nước và pháp luật | 18,9", "tr"),
            P("3 | CN. Triệu Thị Mai | Khoa Xây dựng Đảng | 18,7", "tr"),
            P("Nguồn: Hội đồng Hội giảng cấp trường", "note"),
            P(
                "Hội giảng là dịp để đội ngũ giảng viên trao đổi, học tập kinh nghiệm, góp phần "
                "nâng cao chất lượng giảng dạy của Nhà trường. Các giảng viên đạt kết quả cao sẽ "
                "được lựa chọn tham gia Hội thi giảng viên dạy giỏi cấp tỉnh năm 2027."
            ),
        ],
        opts={
            "time": "10:05",
            "day": "02/11/2026",
            "enc": "entities",
            "poster": "quantri_tct",
            "files": [("/uploads/files/ket-qua-hoi-giang-2026.pdf", "Ket-qua-hoi-giang-2026.pdf")],
        },
    ),
    Story(
        id=1226,
        slug="khai-mac-lop-boi-duong-cap-nhat-kien-thuc-can-bo-dien-ban-thuong-vu-tinh-uy-quan-ly",
        title="Khai mạc lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý diện Ban "
        "Thường vụ Tỉnh ủy quản lý năm 2026",
        cat="dao-tao-boi-duong",
        published_at="2026-10-15T07:30:00+07:00",
        summary="Sáng 15/10, tại Trường Chính trị tỉnh, Ban Tổ chức Tỉnh ủy phối hợp với Nhà "
        "trường khai mạc lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý diện Ban "
        "Thường vụ Tỉnh ủy quản lý năm 2026.",
        blocks=[
            P(
                "Sáng 15/10, tại Trường Chính trị tỉnh, Ban Tổ chức Tỉnh ủy phối hợp với Nhà "
                "trường khai mạc lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý "
                "diện Ban Thường vụ Tỉnh ủy quản lý năm 2026.",
                "bold",
            ),
            P(
                "Lớp bồi dưỡng diễn ra trong 03 ngày với 85 học viên. Các học viên được nghe các "
                "báo cáo viên Trung ương và của tỉnh truyền đạt các chuyên đề: Một số vấn đề mới "
                "về tình hình thế giới, khu vực và trong nước; chuyển đổi số trong hoạt động của "
                "cơ quan đảng, chính quyền; kỹ năng xử lý tình huống trong lãnh đạo, quản lý ở "
                "địa phương."
            ),
            Img(
                "/uploads/tin-tuc/2026/10/khai-mac-lop-cap-nhat-kien-thuc.jpg",
                "Các đại biểu dự lễ khai mạc lớp bồi dưỡng.",
                "Các đại biểu dự lễ khai mạc lớp bồi dưỡng.",
                "tbl",
            ),
            P(
                "Phát biểu khai mạc lớp học, đồng chí Trưởng ban Tổ chức Tỉnh ủy đề nghị các học "
                "viên tập trung nghiên cứu, trao đổi, thảo luận, vận dụng những kiến thức được "
                "cập nhật vào thực tiễn công tác lãnh đạo, quản lý tại cơ quan, đơn vị."
            ),
            Raw(f'<p style="{_R}"><strong>Phương Thảo</strong></p>'),
            Raw(f'<p style="{_R}"><em>Theo Báo Tuyên Quang</em></p>'),
        ],
        authors=["Phương Thảo"],
        source="Báo Tuyên Quang",
        opts={"time": "07:30", "day": "15/10/2026"},
    ),
    Story(
        id=1264,
        slug="thong-bao-chieu-sinh-lop-trung-cap-ly-luan-chinh-tri-khoa-47-nam-2027",
        title="Thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ không tập trung khóa 47 "
        "năm 2027",
        cat="thong-bao",
        published_at="2026-11-30",
        blocks=[
            Raw("LETTERHEAD"),
            P(
                "Căn cứ Kế hoạch số 86-KH/TU ngày 15/01/2026 của Ban Thường vụ Tỉnh ủy về đào "
                "tạo, bồi dưỡng cán bộ năm 2027; căn cứ chỉ tiêu đào tạo được giao, Trường Chính "
                "trị tỉnh thông báo chiêu sinh lớp Trung cấp lý luận chính trị hệ không tập "
                "trung, khóa 47 như sau:"
            ),
            P("1. Đối tượng, tiêu chuẩn", "h"),
            P(
                "Cán bộ, công chức, viên chức đang công tác tại các cơ quan, đơn vị, xã, phường "
                "trên địa bàn tỉnh được quy hoạch các chức danh lãnh đạo, quản lý; có trình độ "
                "chuyên môn từ trung cấp trở lên; là đảng viên chính thức."
            ),
            P("2. Thời gian, địa điểm", "h"),
            P("- Thời gian học: 08 tháng, dự kiến khai giảng vào ngày 05/01/2027."),
            P("- Địa điểm: Trường Chính trị tỉnh Tuyên Quang."),
            P("3. Hồ sơ đăng ký", "h"),
            P(
                "Hồ sơ gồm: Quyết định cử đi học của cơ quan có thẩm quyền; bản sao bằng tốt "
                "nghiệp chuyên môn; 02 ảnh 3x4. Các cơ quan, đơn vị gửi hồ sơ về Phòng Quản lý "
                "đào tạo - NCKH, Trường Chính trị tỉnh trước ngày 25/12/2026."
            ),
            P(
                "Mọi chi tiết xin liên hệ: đồng chí Triệu Văn Long, Phòng Quản lý đào tạo - "
                "NCKH, điện thoại 0207 3822 516."
            ),
            Raw("CLOSING"),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={
            "time": "09:12",
            "day": "01/12/2026",
            "poster": "vanphong_tct",
            "files": [
                ("/uploads/files/mau-don-dang-ky-tccl-k47.doc", "Mẫu đơn đăng ký dự tuyển K47"),
            ],
        },
    ),
]
NEWS_BY_ID = {s.id: s for s in NEWS}

LETTERHEAD = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:45%;text-align:center;vertical-align:top">TỈNH ỦY TUYÊN QUANG<br />
<strong>TRƯỜNG CHÍNH TRỊ</strong><br />
*<br />
Số: 412-TB/TCT</td>
<td style="text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br />
<br />
<em>Tuyên Quang, ngày 30 tháng 11 năm 2026</em></td>
</tr>
</tbody>
</table>
<p style="text-align:center">&nbsp;</p>
<p style="text-align:center"><strong>THÔNG BÁO</strong><br />
<strong>Chiêu sinh lớp Trung cấp lý luận chính trị hệ không tập trung, khóa 47</strong></p>
<p style="text-align:center">-----</p>"""

CLOSING = """<table border="0" cellpadding="0" cellspacing="0" style="width:100%">
<tbody>
<tr>
<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br />
- Các cơ quan, đơn vị, xã, phường;<br />
- Đăng Trang thông tin điện tử;<br />
- Lưu: VT, QLĐT.</td>
<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br />
PHÓ HIỆU TRƯỞNG</strong><br />
<br />
<em>(Đã ký)</em><br />
<br />
<strong>Nguyễn Văn Thắng</strong></td>
</tr>
</tbody>
</table>"""


def news_path(s: Story) -> str:
    return f"/tin-tuc/{s.cat}/{s.slug}-n{s.id}.html"


def news_short(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-n{s.id}.html"


def news_print(s: Story) -> str:
    return f"/tin-tuc/in-bai.php?id={s.id}"


def in_cat(cat: str) -> list[Story]:
    return [s for s in NEWS if s.cat == cat]


def thumb(s: Story) -> str:
    imgs = s.images
    if not imgs:
        return f"{TPL}/images/no_image.jpg"
    head, _, name = imgs[0].src.rpartition("/")
    return f"{head}/thumb_{name}"


def teaser(s: Story, words: int = 32) -> str:
    first = s.summary or s.paragraphs[0]
    parts = first.split()
    return " ".join(parts[:words]) + ("..." if len(parts) > words else "")


# ------------------------------------------------------------------------------------------
# The bulletin on OJS
# ------------------------------------------------------------------------------------------

ISSUES = {
    3: {
        "ident": "Số 6 (58) (2026): Tháng 12",
        "title": "Tháng 12",
        "series": "Số 6 (58) (2026)",
        "number": "6 (58)",
        "published": "2026-12-02",
        "desc": "Thông tin khoa học số 6 năm 2026 tập trung vào chủ đề xây dựng đội ngũ cán bộ "
        "cơ sở sau sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp.",
    },
    2: {
        "ident": "Số 5 (57) (2026): Tháng 10",
        "title": "Tháng 10",
        "series": "Số 5 (57) (2026)",
        "number": "5 (57)",
        "published": "2026-10-28",
        "desc": "Số chuyên đề kỷ niệm 96 năm Ngày truyền thống ngành Tuyên giáo và Dân vận của "
        "Đảng; giới thiệu các công trình nghiên cứu của giảng viên Nhà trường.",
    },
}
SECTIONS = ["Nghiên cứu - Trao đổi", "Thực tiễn - Kinh nghiệm"]

_REFS_COMMON = [
    "Đảng Cộng sản Việt Nam (2021), <em>Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII</em>, "
    "tập I, Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
    "Hồ Chí Minh (2011), <em>Toàn tập</em>, tập 5, Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
]

BULLETIN: list[Story] = [
    Story(
        id=145,
        slug="ttkh58-01",
        title="Xây dựng đội ngũ cán bộ cấp xã đáp ứng yêu cầu vận hành chính quyền địa phương "
        "hai cấp ở tỉnh Tuyên Quang hiện nay",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-12-02",
        summary="Việc tổ chức chính quyền địa phương hai cấp từ ngày 01/7/2025 đặt ra yêu cầu "
        "mới đối với đội ngũ cán bộ, công chức cấp xã. Trên cơ sở khái quát thực trạng đội ngũ "
        "cán bộ cấp xã của tỉnh Tuyên Quang sau sắp xếp đơn vị hành chính, bài viết đề xuất một "
        "số giải pháp nhằm xây dựng đội ngũ cán bộ cấp xã đủ phẩm chất, năng lực, uy tín, đáp "
        "ứng yêu cầu nhiệm vụ trong giai đoạn mới.",
        sapo_outside=True,
        blocks=[
            P("1. Mở đầu", "h"),
            P(
                "Cán bộ cấp xã là lực lượng trực tiếp tổ chức thực hiện đường lối, chủ trương "
                "của Đảng, chính sách, pháp luật của Nhà nước ở cơ sở, là cầu nối giữa Đảng, "
                "chính quyền với nhân dân. Sinh thời, Chủ tịch Hồ Chí Minh khẳng định: “Cán bộ "
                "là cái gốc của mọi công việc”."
            ),
            P(
                "Thực hiện chủ trương sắp xếp đơn vị hành chính và tổ chức chính quyền địa "
                "phương hai cấp, tỉnh Tuyên Quang hiện có 124 xã, phường. Quy mô, phạm vi quản lý "
                "của cấp xã mở rộng, nhiều nhiệm vụ trước đây thuộc cấp huyện nay được chuyển "
                "giao về cấp xã, đòi hỏi đội ngũ cán bộ cấp xã phải có năng lực toàn diện hơn."
            ),
            P("2. Thực trạng đội ngũ cán bộ cấp xã ở tỉnh Tuyên Quang sau sắp xếp", "h"),
            P(
                "Sau sắp xếp, đội ngũ cán bộ, công chức cấp xã của tỉnh cơ bản được kiện toàn, "
                "bố trí tương đối hợp lý. Phần lớn cán bộ có bản lĩnh chính trị vững vàng, có "
                "trình độ chuyên môn từ đại học trở lên, nhiều đồng chí được điều động từ cấp "
                "huyện, cấp tỉnh về công tác đã phát huy được kinh nghiệm quản lý."
            ),
            P(
                "Tuy nhiên, đội ngũ cán bộ cấp xã vẫn còn một số hạn chế: một bộ phận cán bộ "
                "chưa kịp thích ứng với phạm vi quản lý mới; kỹ năng số, kỹ năng giải quyết thủ "
                "tục hành chính trên môi trường điện tử còn hạn chế; cơ cấu cán bộ người dân tộc "
                "thiểu số ở một số xã vùng cao chưa bảo đảm."
            ),
            P("3. Một số giải pháp", "h"),
            P(
                "Thứ nhất, tiếp tục quán triệt sâu sắc quan điểm của Đảng về công tác cán bộ, "
                "xác định xây dựng đội ngũ cán bộ cấp xã là nhiệm vụ thường xuyên, lâu dài của "
                "các cấp ủy, chính quyền."
            ),
            P(
                "Thứ hai, đổi mới nội dung, chương trình đào tạo, bồi dưỡng theo hướng thiết "
                "thực, chú trọng kỹ năng lãnh đạo, quản lý, kỹ năng số và xử lý tình huống thực "
                "tiễn ở cơ sở; phát huy vai trò của Trường Chính trị tỉnh trong bồi dưỡng cán bộ "
                "cấp xã."
            ),
            P(
                "Thứ ba, thực hiện tốt công tác đánh giá, sàng lọc cán bộ; kịp thời thay thế "
                "những cán bộ yếu về năng lực, kém về phẩm chất, không đáp ứng yêu cầu nhiệm vụ."
            ),
            P("4. Kết luận", "h"),
            P(
                "Xây dựng đội ngũ cán bộ cấp xã đáp ứng yêu cầu vận hành chính quyền địa phương "
                "hai cấp là nhiệm vụ cấp bách. Thực hiện đồng bộ các giải pháp trên sẽ góp phần "
                "nâng cao chất lượng đội ngũ cán bộ cấp xã của tỉnh Tuyên Quang trong giai đoạn "
                "mới."
            ),
        ],
        authors=["Phạm Văn Lợi", "Đỗ Minh Châu"],
        opts={
            "url_path": "ttkh58-01",
            "issue": 3,
            "html": 98,
            "pdf": 99,
            "pages": "3-9",
            "style": "word",
            "printed_authors": [
                ("PGS, TS. Phạm Văn Lợi", "Học viện Chính trị khu vực I", "Lợi, P. T. P. V."),
                (
                    "ThS. Đỗ Minh Châu",
                    "Khoa Nhà nước và pháp luật, Trường Chính trị tỉnh Tuyên Quang",
                    "Châu, T. Đ. M.",
                ),
            ],
            "keywords": ["cán bộ cấp xã", "chính quyền địa phương hai cấp", "Tuyên Quang"],
            "received": "2026-09-18",
            "accepted": "2026-11-06",
            "modified": "2026-12-04",
            "refs": [
                *_REFS_COMMON,
                "Tỉnh ủy Tuyên Quang (2025), <em>Báo cáo kết quả sắp xếp đơn vị hành chính cấp "
                "xã</em>, Tuyên Quang.",
            ],
        },
    ),
    Story(
        id=147,
        slug="ttkh58-02",
        title="Nâng cao chất lượng bồi dưỡng lý luận chính trị cho đảng viên mới ở các xã vùng "
        "cao tỉnh Tuyên Quang",
        cat="Thực tiễn - Kinh nghiệm",
        published_at="2026-12-02",
        summary="Bồi dưỡng lý luận chính trị cho đảng viên mới là khâu quan trọng trong công tác "
        "xây dựng Đảng ở cơ sở. Bài viết phân tích kết quả bồi dưỡng lý luận chính trị cho đảng "
        "viên mới ở các xã vùng cao của tỉnh Tuyên Quang giai đoạn 2024 - 2026, chỉ ra những hạn "
        "chế và đề xuất giải pháp nâng cao chất lượng công tác này.",
        sapo_outside=True,
        blocks=[
            P("1. Đặt vấn đề", "h"),
            P(
                "Đảng viên mới là nguồn bổ sung thường xuyên cho đội ngũ đảng viên của Đảng. Việc "
                "bồi dưỡng lý luận chính trị cho đảng viên mới nhằm trang bị những hiểu biết cơ "
                "bản về Đảng, về nhiệm vụ của người đảng viên, giúp đảng viên mới vững vàng về "
                "chính trị, tư tưởng ngay từ khi được kết nạp."
            ),
            P(
                "2. Kết quả bồi dưỡng lý luận chính trị cho đảng viên mới giai đoạn 2024 - 2026",
                "h",
            ),
            P(
                "Giai đoạn 2024 - 2026, Trường Chính trị tỉnh phối hợp với các đảng ủy xã mở 41 "
                "lớp bồi dưỡng lý luận chính trị cho đảng viên mới với 2.317 học viên. Kết quả cụ "
                "thể được thể hiện ở bảng sau:"
            ),
            P("Bảng 1. Kết quả bồi dưỡng lý luận chính trị cho đảng viên mới", "tcap"),
            P("Năm | Số lớp | Số học viên | Tỷ lệ khá, giỏi (%)", "tr"),
            P("2024 | 12 | 684 | 71,2", "tr"),
            P("2025 | 14 | 790 | 74,8", "tr"),
            P("2026 | 15 | 843 | 78,5", "tr"),
            P("Nguồn: Phòng Quản lý đào tạo - NCKH, Trường Chính trị tỉnh, tháng 11/2026", "note"),
            P(
                "Qua bảng trên cho thấy, số lớp và số học viên tăng đều qua các năm, tỷ lệ học "
                "viên đạt loại khá, giỏi năm sau cao hơn năm trước. Tuy nhiên, ở một số xã vùng "
                "cao, tỷ lệ học viên tham gia đầy đủ thời gian học còn thấp do địa bàn rộng, giao "
                "thông đi lại khó khăn."
            ),
            Img(
                f"{J}/article/download/ttkh58-02/101/415",
                "Hình 1. Lớp bồi dưỡng lý luận chính trị cho đảng viên mới tại xã Lâm Bình",
                "Hình 1. Lớp bồi dưỡng lý luận chính trị cho đảng viên mới tại xã Lâm Bình",
                "mso",
            ),
            P("3. Giải pháp nâng cao chất lượng", "h"),
            P(
                "Một là, đổi mới phương pháp giảng dạy, tăng cường sử dụng ví dụ thực tiễn tại "
                "địa phương, sử dụng song ngữ ở những nơi có đông đồng bào dân tộc thiểu số."
            ),
            P(
                "Hai là, linh hoạt về thời gian, địa điểm tổ chức lớp học; tổ chức lớp học tại "
                "các cụm xã để thuận tiện cho học viên."
            ),
            P(
                "Ba là, tăng cường phối hợp giữa Nhà trường với cấp ủy cơ sở trong quản lý, đánh "
                "giá học viên sau bồi dưỡng."
            ),
        ],
        authors=["Lương Thị Thanh Hoa"],
        opts={
            "url_path": "ttkh58-02",
            "issue": 3,
            "html": 101,
            "pdf": 102,
            "pages": "10-16",
            "style": "nfd",
            "printed_authors": [
                (
                    "NCS. Lương Thị Thanh Hoa",
                    "Khoa Xây dựng Đảng, Trường Chính trị tỉnh Tuyên Quang",
                    "Hoa, N. L. T. T.",
                ),
            ],
            "keywords": ["đảng viên mới", "lý luận chính trị", "xã vùng cao"],
            "received": "2026-09-25",
            "accepted": "2026-11-10",
            "modified": "2026-12-02",
            "refs": [
                *_REFS_COMMON,
                "Ban Tuyên giáo Trung ương (2023), <em>Tài liệu bồi dưỡng lý luận chính trị dành "
                "cho đảng viên mới</em>, Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
            ],
        },
    ),
    Story(
        id=131,
        slug="131",
        title="Tư tưởng Hồ Chí Minh về tự phê bình và phê bình - giá trị vận dụng trong công tác "
        "xây dựng, chỉnh đốn Đảng hiện nay",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-10-28",
        summary="Tự phê bình và phê bình là quy luật phát triển của Đảng. Bài viết làm rõ những "
        "nội dung cơ bản trong tư tưởng Hồ Chí Minh về tự phê bình và phê bình, trên cơ sở đó "
        "rút ra giá trị vận dụng trong công tác xây dựng, chỉnh đốn Đảng hiện nay.",
        sapo_outside=True,
        blocks=[
            P("1. Nội dung tư tưởng Hồ Chí Minh về tự phê bình và phê bình", "h"),
            P(
                "Chủ tịch Hồ Chí Minh coi tự phê bình và phê bình là vũ khí sắc bén để rèn luyện "
                "đảng viên, làm cho Đảng ngày càng trong sạch, vững mạnh. Người viết:"
            ),
            P(
                "“Một Đảng mà giấu giếm khuyết điểm của mình là một Đảng hỏng. Một Đảng có gan "
                "thừa nhận khuyết điểm của mình, vạch rõ những cái đó, vì đâu mà có khuyết điểm "
                "đó, xét rõ hoàn cảnh sinh ra khuyết điểm đó, rồi tìm kiếm mọi cách để sửa chữa "
                "khuyết điểm đó. Như thế là một Đảng tiến bộ, mạnh dạn, chắc chắn, chân chính”.",
                "quote",
            ),
            P(
                "Theo Người, mục đích của tự phê bình và phê bình là để giúp nhau sửa chữa khuyết "
                "điểm, phát huy ưu điểm, cùng nhau tiến bộ. Tự phê bình và phê bình phải được "
                "tiến hành thường xuyên, “như người ta ngày nào cũng rửa mặt”."
            ),
            P("2. Giá trị vận dụng trong công tác xây dựng, chỉnh đốn Đảng hiện nay", "h"),
            P(
                "Một là, nâng cao nhận thức của cán bộ, đảng viên về vị trí, vai trò của tự phê "
                "bình và phê bình; khắc phục tình trạng nể nang, né tránh, “dĩ hòa vi quý” trong "
                "sinh hoạt đảng.",
                "br",
            ),
            P(
                "Hai là, gắn tự phê bình và phê bình với việc thực hiện Quy định về những điều "
                "đảng viên không được làm và trách nhiệm nêu gương của cán bộ, đảng viên, trước "
                "hết là người đứng đầu."
            ),
            P(
                "Ba là, đổi mới nội dung, hình thức sinh hoạt chi bộ, bảo đảm tính lãnh đạo, tính "
                "giáo dục, tính chiến đấu; phát huy vai trò giám sát của nhân dân đối với cán bộ, "
                "đảng viên."
            ),
            P("3. Kết luận", "h"),
            P(
                "Tư tưởng Hồ Chí Minh về tự phê bình và phê bình vẫn giữ nguyên giá trị lý luận "
                "và thực tiễn. Vận dụng sáng tạo tư tưởng của Người là yêu cầu khách quan trong "
                "công tác xây dựng, chỉnh đốn Đảng hiện nay."
            ),
        ],
        authors=["Trần Quốc Hưng"],
        opts={
            "url_path": None,
            "issue": 2,
            "html": 84,
            "pdf": 85,
            "pages": "3-8",
            "style": "plain",
            "printed_authors": [
                (
                    "TS Trần Quốc Hưng",
                    "Khoa Lý luận cơ sở, Trường Chính trị tỉnh Tuyên Quang",
                    "Hưng, T. T. Q.",
                ),
            ],
            "keywords": ["Hồ Chí Minh", "tự phê bình và phê bình", "xây dựng Đảng"],
            "received": "2026-08-12",
            "accepted": "2026-10-05",
            "modified": "2026-11-09",
            "updated": "2026-11-09",
            "versions": (129, 144),
            "refs": [
                "Hồ Chí Minh (2011), <em>Toàn tập</em>, tập 5, Nxb. Chính trị quốc gia Sự thật, "
                "Hà Nội, tr.301.",
                "Hồ Chí Minh (2011), <em>Toàn tập</em>, tập 15, Nxb. Chính trị quốc gia Sự thật, "
                "Hà Nội.",
            ],
        },
    ),
    Story(
        id=133,
        slug="133",
        title="Phát huy giá trị văn hóa truyền thống của đồng bào Tày trong xây dựng nông thôn "
        "mới ở tỉnh Tuyên Quang",
        cat="Thực tiễn - Kinh nghiệm",
        published_at="2026-10-28",
        summary="Văn hóa truyền thống của đồng bào Tày là nguồn lực nội sinh quan trọng trong "
        "xây dựng nông thôn mới. Bài viết đánh giá thực trạng phát huy giá trị văn hóa truyền "
        "thống của đồng bào Tày ở tỉnh Tuyên Quang và đề xuất một số giải pháp trong thời gian "
        "tới.",
        sapo_outside=True,
        blocks=[
            P("1. Đặt vấn đề", "h"),
            P(
                "Tuyên Quang là tỉnh có đông đồng bào dân tộc Tày sinh sống, với nhiều giá trị "
                "văn hóa đặc sắc như hát then, đàn tính, lễ hội Lồng tồng, kiến trúc nhà sàn. "
                "Những giá trị này không chỉ là tài sản tinh thần quý báu mà còn là nguồn lực để "
                "phát triển du lịch cộng đồng, góp phần xây dựng nông thôn mới."
            ),
            P("2. Thực trạng", "h"),
            P(
                "Những năm qua, nhiều thôn, bản của đồng bào Tày đã thành lập câu lạc bộ hát "
                "then, đàn tính; khôi phục lễ hội Lồng tồng; gắn bảo tồn nhà sàn truyền thống với "
                "phát triển du lịch cộng đồng. Nhiều xã đã đạt chuẩn nông thôn mới nâng cao, "
                "trong đó tiêu chí văn hóa được đánh giá cao."
            ),
            Img(
                f"{J}/article/download/133/86/402",
                "Hình 1. Câu lạc bộ hát then, đàn tính xã Thượng Lâm biểu diễn phục vụ khách du "
                "lịch",
                "Hình 1. Câu lạc bộ hát then, đàn tính xã Thượng Lâm biểu diễn phục vụ khách du "
                "lịch",
                "figure",
            ),
            P(
                "Tuy nhiên, việc phát huy giá trị văn hóa truyền thống còn một số hạn chế: một bộ "
                "phận thanh niên chưa mặn mà với văn hóa truyền thống; nhiều ngôi nhà sàn bị thay "
                "thế bằng nhà xây; nguồn lực đầu tư cho bảo tồn văn hóa còn hạn chế."
            ),
            P("3. Giải pháp", "h"),
            P(
                "Thứ nhất, tăng cường tuyên truyền, nâng cao nhận thức của đồng bào về giá trị văn "
                "hóa truyền thống; phát huy vai trò của người có uy tín, nghệ nhân trong cộng đồng."
            ),
            P(
                "Thứ hai, gắn bảo tồn văn hóa với phát triển du lịch cộng đồng, tạo sinh kế bền "
                "vững cho người dân."
            ),
            P(
                "Thứ ba, lồng ghép các chương trình mục tiêu quốc gia để hỗ trợ bảo tồn nhà sàn, "
                "lễ hội và truyền dạy hát then, đàn tính cho thế hệ trẻ."
            ),
        ],
        authors=["Hà Văn Tuấn", "Ma Thị Hậu"],
        opts={
            "url_path": None,
            "issue": 2,
            "html": 86,
            "pdf": 87,
            "pages": "24-30",
            "style": "figure",
            "printed_authors": [
                (
                    "TS. Hà Văn Tuấn",
                    "Khoa Dân vận, Trường Chính trị tỉnh Tuyên Quang",
                    "Tuấn, T. H. V.",
                ),
                ("CN. Ma Thị Hậu", "Bảo tàng tỉnh Tuyên Quang", "Hậu, C. M. T."),
            ],
            "keywords": ["văn hóa Tày", "nông thôn mới", "du lịch cộng đồng"],
            "received": "2026-08-20",
            "accepted": "2026-10-02",
            "modified": "2026-10-28",
            "refs": [
                "Ủy ban nhân dân tỉnh Tuyên Quang (2024), <em>Đề án bảo tồn và phát huy giá trị "
                "văn hóa truyền thống các dân tộc thiểu số</em>, Tuyên Quang.",
            ],
        },
    ),
    # abstract + PDF only: catalogue entries, not articles
    Story(
        id=148,
        slug="ttkh58-03",
        title="Phát huy vai trò của Mặt trận Tổ quốc trong giám sát và phản biện xã hội ở cơ sở",
        cat="Thực tiễn - Kinh nghiệm",
        published_at="2026-12-02",
        summary="Giám sát và phản biện xã hội là chức năng quan trọng của Mặt trận Tổ quốc Việt "
        "Nam. Bài viết khái quát kết quả thực hiện giám sát, phản biện xã hội của Mặt trận Tổ "
        "quốc cấp xã ở tỉnh Tuyên Quang và đề xuất giải pháp nâng cao hiệu quả hoạt động này.",
        sapo_outside=True,
        blocks=[],
        opts={
            "url_path": "ttkh58-03",
            "issue": 3,
            "html": None,
            "pdf": 103,
            "pages": "17-23",
            "printed_authors": [
                (
                    "ThS. Nông Thị Thu Hiền",
                    "Khoa Dân vận, Trường Chính trị tỉnh Tuyên Quang",
                    "Hiền, T. N. T. T.",
                )
            ],
            "keywords": ["Mặt trận Tổ quốc", "giám sát", "phản biện xã hội"],
            "received": "2026-09-30",
            "accepted": "2026-11-12",
            "modified": "2026-12-02",
            "refs": list(_REFS_COMMON),
        },
    ),
    Story(
        id=134,
        slug="134",
        title="Đổi mới phương pháp giảng dạy các môn lý luận chính trị theo hướng tăng cường tính "
        "tương tác",
        cat="Nghiên cứu - Trao đổi",
        published_at="2026-10-28",
        summary="Bài viết phân tích yêu cầu đổi mới phương pháp giảng dạy các môn lý luận chính "
        "trị tại Trường Chính trị tỉnh và đề xuất một số phương pháp tăng cường tính tương tác "
        "giữa giảng viên và học viên.",
        sapo_outside=True,
        blocks=[],
        opts={
            "url_path": None,
            "issue": 2,
            "html": None,
            "pdf": 88,
            "pages": "9-15",
            "printed_authors": [
                (
                    "ThS. Nguyễn Thị Hồng Nhung",
                    "Khoa Lý luận cơ sở, Trường Chính trị tỉnh Tuyên Quang",
                    "Nhung, T. N. T. H.",
                )
            ],
            "keywords": ["phương pháp giảng dạy", "lý luận chính trị", "tương tác"],
            "received": "2026-08-02",
            "accepted": "2026-09-28",
            "modified": "2026-10-28",
            "refs": list(_REFS_COMMON),
        },
    ),
]
BUL_BY_ID = {s.id: s for s in BULLETIN}
GALLEY_ARTICLES = [s for s in BULLETIN if s.opts["html"]]
GALLEY_FILES = {("ttkh58-02", 101, 415), ("147", 101, 415), ("133", 86, 402)}


def best(s: Story) -> str:
    return s.opts["url_path"] or str(s.id)


def landing(s: Story) -> str:
    return f"{J}/article/view/{best(s)}"


def find_bulletin(best_id: str) -> Story | None:
    for s in BULLETIN:
        if best_id in (str(s.id), s.opts["url_path"]):
            return s
    return None


# ------------------------------------------------------------------------------------------
# Rendering article text
# ------------------------------------------------------------------------------------------


def t(value: str) -> str:
    return esc(value)


def _word_p(inner: str, extra: str = "") -> str:
    return (
        f'<p class="MsoNormal" style="text-align:justify;text-indent:1.0cm{extra}"><span '
        'style="font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif">'
        f"{inner}</span><o:p></o:p></p>"
    )


def render_blocks(s: Story, *, absolute: str = "") -> str:
    """The text of a story in its site's markup (``absolute``: host prefix for OJS images)."""
    style = s.opts.get("enc") or s.opts.get("style") or ""
    out: list[str] = []
    blocks = list(s.blocks)
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(
                LETTERHEAD if b.html == "LETTERHEAD" else CLOSING if b.html == "CLOSING" else b.html
            )
        elif isinstance(b, Img):
            out.append(render_img(b, absolute))
        elif b.style == "tr":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "tr":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(
                        f'<td style="text-align:center"><strong>{t(c)}</strong></td>' for c in cells
                    )
                else:
                    tds = "".join(f"<td>{t(c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" style="width:100%;'
                'border-collapse:collapse"><tbody>' + "\n".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "br":
            nxt = blocks[i + 1]
            assert isinstance(nxt, P)
            joined = f"{t(b.text)}<br />\n{t(nxt.text)}"
            out.append(
                _word_p(joined)
                if style == "word"
                else f'<p style="text-align:justify">{joined}</p>'
            )
            i += 2
            continue
        else:
            out.append(render_p(b, style))
        i += 1
    return "\n".join(out)


def render_p(b: P, style: str) -> str:
    txt = t(b.text)
    if b.style == "bold":
        return f'<p style="text-align: justify;"><strong>{txt}</strong></p>'
    if b.style == "h":
        if style in ("word", "nfd"):
            return f'<p class="MsoNormal" style="text-align:justify"><b><span lang="VI">{txt}</span></b></p>'
        if style in ("plain", "figure"):
            return f"<h3>{txt}</h3>"
        return f'<p style="text-align: justify;"><strong>{txt}</strong></p>'
    if b.style == "mso":
        return (
            '<p class="MsoListParagraph" style="margin-left:36.0pt;text-align:justify;'
            'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span style="font-size:14.0pt;'
            'font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt '
            '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f'<span style="font-size:14.0pt">{txt}</span><o:p></o:p></p>'
        )
    if b.style == "quote":
        return f'<blockquote><p style="text-align:justify"><em>{txt}</em></p></blockquote>'
    if b.style == "note":
        return f'<p style="text-align:right"><em>{txt}</em></p>'
    if b.style == "tcap":
        return f'<p style="text-align:center"><strong>{txt}</strong></p>'
    if style in ("word", "nfd"):
        return _word_p(txt)
    if style in ("plain", "figure"):
        return f"<p>{txt}</p>"
    return f'<p style="text-align: justify;">{txt}</p>'


def render_img(img: Img, absolute: str = "") -> str:
    src = esc(absolute + img.src)
    line = esc(img.printed or "")
    if img.style == "tbl":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="tbl_anh" '
            'style="width:90%"><tbody><tr><td><img alt="" src="' + src + '" style="width:100%" />'
            '</td></tr><tr><td style="text-align:center"><span style="font-size:12px"><em>'
            + line
            + "</em></span></td></tr></tbody></table>"
        )
    if img.style in ("center_em", "credit"):
        return (
            f'<p style="text-align:center"><img alt="" height="400" src="{src}" width="600" /></p>\n'
            f'<p style="text-align:center"><em>{line}</em></p>'
        )
    if img.style == "mso":
        return (
            f'<p class="MsoNormal" align="center" style="text-align:center"><img width="529" '
            f'height="352" src="{src}" alt="Hinh 1"></p>\n'
            f'<p class="MsoCaption" align="center" style="text-align:center"><i>{line}</i></p>'
        )
    if img.style == "figure":
        return f'<figure class="hinh"><img src="{src}" alt="" width="560"><figcaption>{line}</figcaption></figure>'
    raise ValueError(img.style)


def encode_text(markup: str, s: Story) -> str:
    enc = s.opts.get("enc") or s.opts.get("style")
    if enc == "entities":
        return entity_mix(markup)
    if enc == "nfd":
        return unicodedata.normalize("NFD", markup)
    return markup


# ------------------------------------------------------------------------------------------
# News CMS chrome
# ------------------------------------------------------------------------------------------

MENU = f"""<div id="smoothmenu1" class="ddsmoothmenu">
<ul>
<li><a href="/" class="selected">Trang chủ</a></li>
<li><a href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html">Giới thiệu</a>
<ul>
<li><a href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html">Lịch sử hình thành và phát triển</a></li>
<li><a href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html#bgh">Ban Giám hiệu</a></li>
<li><a href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html#khoaphong">Các khoa, phòng</a></li>
</ul>
</li>
<li><a href="javascript:void(0);">Tin tức</a>
<ul>
<li><a href="/tin-tuc/tin-tuc-su-kien/">Tin tức - Sự kiện</a></li>
<li><a href="/tin-tuc/dao-tao-boi-duong/">Hoạt động đào tạo</a></li>
</ul>
</li>
<li><a href="/tin-tuc/thong-bao/">Thông báo</a></li>
<li><a href="{J}/index">Nghiên cứu khoa học</a>
<ul>
<li><a href="{J}/index">Thông tin khoa học - Số mới</a></li>
<li><a href="{J}/issue/archive">Các số đã xuất bản</a></li>
</ul>
</li>
<li><a href="/van-ban/">Văn bản</a></li>
<li><a href="/thu-vien-anh/">Thư viện ảnh</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li>
</ul>
<br style="clear: left" />
</div>"""


def sidebar() -> str:
    tb = NEWS_BY_ID[1264]
    most = [NEWS_BY_ID[i] for i in (1255, 1250, 1240, 1259)]
    most_li = "\n".join(
        f'<li><span class="so">{n}</span><a href="{news_path(s)}">{esc(s.title)}</a></li>'
        for n, s in enumerate(most, 1)
    )
    return f"""<div id="cot_phai">
<div class="khoi_phai" id="mod_41">
<div class="td_khoi_phai"><span>THÔNG BÁO</span></div>
<div class="nd_khoi_phai"><ul class="ds_tb">
<li><img src="{TPL}/images/new.gif" alt="" /> <a href="{news_path(tb)}">{esc(tb.title)}</a></li>
</ul></div>
</div>
<div class="khoi_phai" id="mod_43">
<div class="td_khoi_phai"><span>ĐỌC NHIỀU NHẤT</span></div>
<div class="nd_khoi_phai"><ul class="ds_docnhieu">
{most_li}
</ul></div>
</div>
<div class="khoi_phai" id="mod_45">
<div class="td_khoi_phai"><span>VĂN BẢN MỚI</span></div>
<div class="nd_khoi_phai"><ul>
<li><a href="/van-ban/quy-che-dao-tao-trung-cap-ly-luan-chinh-tri-vb215.html">Quyết định số 215-QĐ/TCT ban hành Quy chế đào tạo Trung cấp lý luận chính trị</a></li>
</ul><div class="xemtiep"><a href="/van-ban/">Xem tất cả »</a></div></div>
</div>
<div class="khoi_phai" id="mod_47">
<div class="td_khoi_phai"><span>LIÊN KẾT WEBSITE</span></div>
<div class="nd_khoi_phai">
<a href="https://tuyenquang.gov.vn" target="_blank"><img src="{TPL}/images/banner_cong_ttdt.jpg" alt="Cổng TTĐT tỉnh" /></a>
<a href="https://hcma.vn" target="_blank"><img src="{TPL}/images/banner_hvctqg.jpg" alt="Học viện CTQG Hồ Chí Minh" /></a>
<select onchange="if(this.value!='')window.open(this.value)" style="width:95%">
<option value="">--- Liên kết website ---</option>
<option value="https://dangcongsan.vn">Báo điện tử Đảng Cộng sản Việt Nam</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option>
<option value="https://tapchicongsan.org.vn">Tạp chí Cộng sản</option>
</select></div>
</div>
<div class="khoi_phai" id="mod_49">
<div class="td_khoi_phai"><span>THĂM DÒ Ý KIẾN</span></div>
<div class="nd_khoi_phai"><form action="/binh-chon.php" method="post">
<p><b>Bạn đánh giá thế nào về giao diện Trang thông tin điện tử của Nhà trường?</b></p>
<input type="radio" name="phuongan" value="1" /> Đẹp, dễ sử dụng<br />
<input type="radio" name="phuongan" value="2" /> Bình thường<br />
<input type="radio" name="phuongan" value="3" /> Cần cải tiến<br />
<input type="hidden" name="idbc" value="7" />
<input type="submit" value="Bình chọn" class="nut" /> <input type="button" value="Kết quả" class="nut" onclick="xemKQ(7)" />
</form></div>
</div>
<div class="khoi_phai" id="mod_51">
<div class="td_khoi_phai"><span>THỐNG KÊ TRUY CẬP</span></div>
<div class="nd_khoi_phai"><table class="thongke">
<tr><td>Đang online:</td><td align="right">27</td></tr>
<tr><td>Hôm nay:</td><td align="right">412</td></tr>
<tr><td>Tháng này:</td><td align="right">2.157</td></tr>
<tr><td>Tổng truy cập:</td><td align="right">1.284.567</td></tr>
</table></div>
</div>
</div>"""


FOOTER = """<div id="chan_trang">
<div class="menu_duoi"><a href="/">Trang chủ</a> | <a href="/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html">Giới thiệu</a> | <a href="/lien-he.html">Liên hệ</a></div>
<div class="tt_chan">
<p><b>TRANG THÔNG TIN ĐIỆN TỬ TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</b></p>
<p>Chịu trách nhiệm nội dung: TS. Hoàng Quốc Bảo - Hiệu trưởng</p>
<p>Địa chỉ: Số 368, đường Bình Thuận, phường An Tường, tỉnh Tuyên Quang</p>
<p>Điện thoại: 0207 3822 516 - Fax: 0207 3822 517 - Email: truongchinhtri@tuyenquang.gov.vn</p>
<p>© Bản quyền thuộc Trường Chính trị tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p class="tk">Thiết kế bởi <a href="https://saovietsoft.vn" target="_blank">Sao Việt Soft</a></p>
</div>
</div>"""


def news_page(
    title: str,
    content: str,
    *,
    request: Request,
    description: str = "",
    canonical: str | None = None,
    og_image: str | None = None,
) -> Response:
    tb = NEWS_BY_ID[1264]
    base = base_url(request)
    head_extra = ""
    if canonical:
        head_extra += f'<link rel="canonical" href="{base}{canonical}" />\n'
        head_extra += f'<meta property="og:url" content="{base}{canonical}" />\n'
        head_extra += '<meta property="og:type" content="article" />\n'
        head_extra += f'<meta property="og:title" content="{esc(title)}" />\n'
        if og_image:
            head_extra += f'<meta property="og:image" content="{base}{og_image}" />\n'
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Trường Chính trị tỉnh Tuyên Quang</title>
<meta name="description" content="{esc(description or title)}" />
<meta name="keywords" content="truong chinh tri tuyen quang, dao tao, boi duong, ly luan chinh tri" />
{head_extra}<link href="{TPL}/css/style.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/ddsmoothmenu.css" rel="stylesheet" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" />
<script type="text/javascript" src="{TPL}/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="{TPL}/js/ddsmoothmenu.js"></script>
<script type="text/javascript">ddsmoothmenu.init({{mainmenuid: "smoothmenu1", orientation: 'h', classname: 'ddsmoothmenu', contentsource: "markup"}});</script>
</head>
<body>
<div id="bao_ngoai">
<div id="dau_trang">
<div class="ngay_thang">{HEADER_TODAY}</div>
<a href="/"><img src="{TPL}/images/banner.jpg" alt="Trường Chính trị tỉnh Tuyên Quang" width="1000" height="150" /></a>
</div>
{MENU}
<div class="thanh_tb">
<span class="nhan_tb">Thông báo:</span>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><a href="/index.php?m=tin&amp;id={tb.id}">{esc(tb.title)}</a></marquee>
<form class="tim_kiem" action="/tim-kiem.html" method="get"><input type="text" name="tukhoa" value="" placeholder="Nhập từ khóa..." /><input type="submit" value="Tìm kiếm" /></form>
</div>
<div id="than_trang">
<div id="cot_trai">
{content}
</div>
{sidebar()}
<div class="clear"></div>
</div>
{FOOTER}
</div>
</body>
</html>"""
    return html(page)


def crumbs(*steps: tuple[str, str | None]) -> str:
    parts = ['<a href="/">Trang chủ</a>']
    for label, href in steps:
        parts.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="duong_dan">' + " &raquo; ".join(parts) + "</div>"


def cat_crumbs(cat: str) -> str:
    if cat == "thong-bao":
        return crumbs(("Thông báo", "/tin-tuc/thong-bao/"))
    return crumbs(("Tin tức", None), (CATS[cat], f"/tin-tuc/{cat}/"))


def home(request: Request) -> Response:
    slider = [NEWS_BY_ID[1262], NEWS_BY_ID[1259]]
    slides = "\n".join(
        f'<div class="slide"><a href="{news_short(s)}"><img src="{s.images[0].src}" alt="{esc(s.title)}" '
        f'width="620" height="360" /></a><div class="slide_td"><a href="{news_short(s)}">{esc(s.title)}</a></div></div>'
        for s in slider
    )

    def box(cat: str, mod: int) -> str:
        items = in_cat(cat)[:3]
        first, rest = items[0], items[1:]
        li = "\n".join(
            f'<li><a href="{news_path(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["day"]})</span></li>'
            for s in rest
        )
        return f"""<div class="khoi_giua" id="mod_{mod}">
<div class="td_khoi_giua"><a href="/tin-tuc/{cat}/">{esc(CATS[cat]).upper()}</a></div>
<div class="tin_dau_khoi"><a href="{news_path(first)}"><img src="{thumb(first)}" alt="" width="200" height="130" /></a>
<h3><a href="{news_path(first)}">{esc(first.title)}</a></h3>
<div class="mota">{esc(teaser(first))}</div></div>
<ul class="ds_tin_khoi">
{li}
</ul>
<div class="clear"></div>
</div>"""

    b1, b2 = BUL_BY_ID[145], BUL_BY_ID[147]
    bulletin = f"""<div class="khoi_giua" id="mod_33">
<div class="td_khoi_giua"><a href="{J}/index">THÔNG TIN KHOA HỌC</a></div>
<div class="ttkh_so_moi"><a href="{J}/issue/view/3"><img src="/tapchi/public/journals/1/cover_issue_3_vi_VN.jpg" alt="Số 6 (58) (2026)" width="140" /></a>
<p><b>Số 6 (58) - Tháng 12/2026</b></p>
<ul>
<li><a href="{J}/article/view/{b1.id}">{esc(b1.title)}</a></li>
<li><a href="{J}/article/view/{b2.id}">{esc(b2.title)}</a></li>
</ul>
<div class="xemtiep"><a href="{J}/issue/archive">Các số đã xuất bản »</a></div></div>
<div class="clear"></div>
</div>"""
    content = f"""<div class="khoi_noibat" id="mod_21">
<div class="td_khoi_giua"><span>TIN NỔI BẬT</span></div>
<div id="slider_tin">
{slides}
</div>
</div>
{box("tin-tuc-su-kien", 25)}
{box("dao-tao-boi-duong", 27)}
{bulletin}"""
    return news_page(
        "Trang chủ",
        content,
        request=request,
        description="Trang thông tin điện tử Trường Chính trị tỉnh Tuyên Quang",
    )


def listing(request: Request, cat: str) -> Response | None:
    items = in_cat(cat)
    pages = max(1, (len(items) + PAGE_SIZE - 1) // PAGE_SIZE)
    raw = request.params.get("trang", "1") or "1"
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return None
    page = int(raw)
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    rows = []
    for s in chunk:
        rows.append(
            f"""<div class="dong_tin">
<a class="anh_nho" href="{news_path(s)}"><img src="{thumb(s)}" alt="" width="160" height="105" /></a>
<a class="td_tin" href="{news_path(s)}">{esc(s.title)}</a> <span class="ngay">({s.opts["day"]})</span>
<div class="mota">{esc(teaser(s))}</div>
<div class="clear"></div>
</div>"""
        )
    pager = ""
    if pages > 1:
        if cat == "dao-tao-boi-duong":
            opts = "".join(
                f'<option value="{n}"{" selected" if n == page else ""}>{n}</option>'
                for n in range(1, pages + 1)
            )
            pager = f"""<div class="phan_trang">
<form method="get" action="/tin-tuc/{cat}/" name="frmTrang">Trang <select name="trang" onchange="document.frmTrang.submit();">{opts}</select> / {pages}
<noscript><input type="submit" value="Xem" /></noscript></form>
</div>"""
        else:
            links = []
            if page > 1:
                links.append('<a href="./">« Đầu</a>')
            for n in range(1, pages + 1):
                if n == page:
                    links.append(f"<b>{n}</b>")
                else:
                    links.append(f'<a href="{"./" if n == 1 else f"?trang={n}"}">{n}</a>')
            if page < pages:
                links.append(f'<a href="?trang={page + 1}">Sau »</a>')
            pager = '<div class="phan_trang">Trang: ' + " ".join(links) + "</div>"
    content = f"""{cat_crumbs(cat)}
<h2 class="td_chuyenmuc">{esc(CATS[cat])}</h2>
<div class="ds_tin">
{"".join(rows)}
</div>
{pager}"""
    return news_page(CATS[cat], content, request=request)


def article_content(s: Story) -> str:
    meta = f'<span class="tg_dang"><img src="{TPL}/images/ico_lich.gif" alt="" /> {s.opts["time"]} | {s.opts["day"]}</span>'
    meta += f' &nbsp; <span class="lx">Lượt xem: {s.views()}</span>'
    if s.opts.get("poster"):
        meta += f' &nbsp; <span class="ng_dang">Người đăng: {esc(s.opts["poster"])}</span>'
    sapo = ""
    if s.summary and s.sapo_outside:
        sapo = f'<div class="tomtat_ct"><b>{esc(s.summary)}</b></div>'
    body = encode_text(render_blocks(s), s)
    extra = ""
    if s.opts.get("xem_them"):
        other = NEWS_BY_ID[s.opts["xem_them"]]
        extra += (
            f'<p><strong>Xem thêm:</strong> <a href="{news_path(other)}">{esc(other.title)}</a></p>'
        )
    files = ""
    if s.opts.get("files"):
        li = "".join(
            f'<li><img src="{TPL}/images/ico_file.gif" alt="" /> <a href="{href}" target="_blank">{esc(name)}</a></li>'
            for href, name in s.opts["files"]
        )
        files = f'<div class="tep_dinhkem"><b>File đính kèm:</b><ul>{li}</ul></div>'
    updated = ""
    if s.opts.get("updated"):
        updated = f'<div class="ngay_capnhat">Cập nhật lần cuối: {s.opts["updated"]}</div>'
    return f"""<div id="chitiet_tin_{s.id}" class="ct_tin">
<h1 class="tieude_ct">{esc(s.title)}</h1>
<div class="tt_phu">{meta}</div>
{sapo}
<div class="noidung_ct" id="noidung_{s.id}">
{body}
{extra}
</div>
{files}
{updated}"""


def news_article(request: Request, s: Story) -> Response:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:2]
    tinkhac = ""
    if others:
        li = "\n".join(
            f'<li><a href="{news_path(o)}">{esc(o.title)}</a> <span class="ngay">({o.opts["day"]})</span></li>'
            for o in others
        )
        tinkhac = f'<div class="tin_khac"><div class="td_khoi_giua"><span>Các tin khác</span></div><ul>\n{li}\n</ul></div>'
    comments = ""
    for who, when, what in s.opts.get("comments", []):
        comments += (
            f'<div class="bl_item"><div class="bl_ten"><b>{esc(who)}</b> <i>({when})</i></div>'
            f'<div class="bl_nd">{esc(what)}</div></div>'
        )
    n_comments = len(s.opts.get("comments", []))
    tools = f"""<div class="cong_cu">
<a href="javascript:void(0);" onclick="window.open('{news_print(s)}','inbai','width=760,height=600,scrollbars=yes');"><img src="{TPL}/images/ico_print.gif" alt="" /> In bài</a>
<a href="mailto:?subject={esc(s.title)}"><img src="{TPL}/images/ico_email.gif" alt="" /> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={base_url(request)}{news_path(s)}" target="_blank"><img src="{TPL}/images/ico_fb.png" alt="Facebook" /></a>
<a href="https://zalo.me/share?u={base_url(request)}{news_path(s)}" target="_blank"><img src="{TPL}/images/ico_zalo.png" alt="Zalo" /></a>
<a href="javascript:history.back();">Quay lại</a>
</div>"""
    ykien = f"""<div class="y_kien">
<div class="td_khoi_giua"><span>Ý kiến bạn đọc ({n_comments})</span></div>
{comments}
<form action="/tin-tuc/gui-y-kien.php" method="post" class="frm_ykien">
<input type="hidden" name="idtin" value="{s.id}" />
<p>Họ tên: <input type="text" name="hoten" /> Email: <input type="text" name="email" /></p>
<p><textarea name="noidung" rows="4" cols="60"></textarea></p>
<p><input type="submit" value="Gửi ý kiến" /></p>
</form>
</div>"""
    content = f"""{cat_crumbs(s.cat)}
{article_content(s)}
{tools}
{ykien}
{tinkhac}
</div>"""
    og = s.images[0].src if s.images else None
    return news_page(
        s.title,
        content,
        request=request,
        description=teaser(s, 30),
        canonical=news_path(s),
        og_image=og,
    )


def news_print_page(request: Request, s: Story) -> Response:
    page = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(s.title)}</title>
<link rel="canonical" href="{base_url(request)}{news_path(s)}" />
<link href="{TPL}/css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print();">
<div class="in_dau"><img src="{TPL}/images/logo_in.png" alt="" /> TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</div>
<hr />
{article_content(s)}
</div>
<hr /><div class="in_chan">Địa chỉ bài viết: {base_url(request)}{news_path(s)}</div>
</body></html>"""
    return html(page)


def intro(request: Request) -> Response:
    content = f"""{crumbs(("Giới thiệu", None), ("Lịch sử hình thành và phát triển", None))}
<div class="ct_tin">
<h1 class="tieude_ct">Lịch sử hình thành và phát triển</h1>
<div class="noidung_ct">
<p style="text-align: justify;">Trường Chính trị tỉnh Tuyên Quang được thành lập trên cơ sở hợp nhất Trường Đảng tỉnh và Trường Hành chính tỉnh theo Quyết định của Ban Thường vụ Tỉnh ủy. Trải qua hơn 75 năm xây dựng và trưởng thành, Nhà trường đã đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên cho hệ thống chính trị của tỉnh.</p>
<p style="text-align: justify;">Năm 2025, thực hiện chủ trương sắp xếp đơn vị hành chính, Trường Chính trị tỉnh Tuyên Quang và Trường Chính trị tỉnh Hà Giang được hợp nhất thành Trường Chính trị tỉnh Tuyên Quang, trực thuộc Tỉnh ủy.</p>
<h3 id="bgh">Ban Giám hiệu</h3>
<ul>
<li>TS. Hoàng Quốc Bảo - Hiệu trưởng</li>
<li>ThS. Nguyễn Văn Thắng - Phó Hiệu trưởng</li>
<li>ThS. Vàng Thị Dung - Phó Hiệu trưởng</li>
</ul>
<h3 id="khoaphong">Các khoa, phòng</h3>
<p>Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận; Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - NCKH.</p>
</div>
</div>"""
    return news_page("Lịch sử hình thành và phát triển", content, request=request)


def contact(request: Request) -> Response:
    content = f"""{crumbs(("Liên hệ", None))}
<div class="ct_tin">
<h1 class="tieude_ct">Liên hệ</h1>
<table class="lienhe" cellpadding="4">
<tr><td><b>Địa chỉ:</b></td><td>Số 368, đường Bình Thuận, phường An Tường, tỉnh Tuyên Quang</td></tr>
<tr><td><b>Điện thoại:</b></td><td>0207 3822 516</td></tr>
<tr><td><b>Email:</b></td><td>truongchinhtri@tuyenquang.gov.vn</td></tr>
</table>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3709.0!2d105.21!3d21.82" width="100%" height="300" frameborder="0"></iframe>
<form action="/lien-he.html" method="post">
<p>Họ và tên: <input type="text" name="hoten" /></p>
<p>Email: <input type="text" name="email" /></p>
<p>Nội dung: <textarea name="noidung" rows="5" cols="50"></textarea></p>
<p><input type="submit" value="Gửi liên hệ" /></p>
</form>
</div>"""
    return news_page("Liên hệ", content, request=request)


VB_PATH = "/van-ban/quy-che-dao-tao-trung-cap-ly-luan-chinh-tri-vb215.html"


def van_ban_list(request: Request) -> Response:
    content = f"""{crumbs(("Văn bản", "/van-ban/"))}
<h2 class="td_chuyenmuc">Văn bản</h2>
<table class="ds_vanban" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>
<tr><td>215-QĐ/TCT</td><td>20/11/2026</td><td><a href="{VB_PATH}">Quyết định ban hành Quy chế đào tạo Trung cấp lý luận chính trị</a></td><td><a href="/uploads/vanban/215-qd-tct.pdf">Tải về</a></td></tr>
<tr><td>198-KH/TCT</td><td>02/10/2026</td><td><a href="/uploads/vanban/198-kh-tct.pdf">Kế hoạch tổ chức Hội giảng giảng viên cấp trường năm 2026</a></td><td><a href="/uploads/vanban/198-kh-tct.pdf">Tải về</a></td></tr>
<tr><td>86-KH/TU</td><td>15/01/2026</td><td><a href="/uploads/vanban/86-kh-tu.pdf">Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027</a></td><td><a href="/uploads/vanban/86-kh-tu.pdf">Tải về</a></td></tr>
</table>"""
    return news_page("Văn bản", content, request=request)


def van_ban_entry(request: Request) -> Response:
    content = f"""{crumbs(("Văn bản", "/van-ban/"))}
<div class="ct_vanban">
<h1 class="tieude_ct">Quyết định ban hành Quy chế đào tạo Trung cấp lý luận chính trị</h1>
<table class="tt_vanban" border="1" cellpadding="4" cellspacing="0" width="100%">
<tr><td width="30%">Số ký hiệu</td><td>215-QĐ/TCT</td></tr>
<tr><td>Ngày ban hành</td><td>20/11/2026</td></tr>
<tr><td>Ngày hiệu lực</td><td>01/12/2026</td></tr>
<tr><td>Loại văn bản</td><td>Quyết định</td></tr>
<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Tuyên Quang</td></tr>
<tr><td>Người ký</td><td>Hoàng Quốc Bảo</td></tr>
<tr><td>Trích yếu</td><td>Quyết định ban hành Quy chế đào tạo Trung cấp lý luận chính trị hệ tập trung và không tập trung tại Trường Chính trị tỉnh Tuyên Quang</td></tr>
<tr><td>File đính kèm</td><td><a href="/uploads/vanban/215-qd-tct.pdf">215-qd-tct.pdf</a></td></tr>
</table>
</div>"""
    return news_page(
        "Quyết định ban hành Quy chế đào tạo Trung cấp lý luận chính trị", content, request=request
    )


ALBUM_PATH = "/thu-vien-anh/le-khai-giang-lop-tccl-k46-a38.html"


def album_list(request: Request) -> Response:
    content = f"""{crumbs(("Thư viện ảnh", "/thu-vien-anh/"))}
<h2 class="td_chuyenmuc">Thư viện ảnh</h2>
<div class="ds_album"><div class="album"><a href="{ALBUM_PATH}"><img src="/uploads/album/38/anh-dai-dien.jpg" alt="" width="220" /></a>
<a href="{ALBUM_PATH}">Lễ khai giảng lớp Trung cấp lý luận chính trị K46</a> <span>(12 ảnh)</span></div></div>"""
    return news_page("Thư viện ảnh", content, request=request)


def album(request: Request) -> Response:
    photos = "\n".join(
        f'<div class="anh_album"><a href="/uploads/album/38/{n:02d}.jpg" rel="lightbox[a38]"><img src="/uploads/album/38/thumb_{n:02d}.jpg" alt="" /></a>'
        f'<div class="mota_anh">{esc(cap)}</div></div>'
        for n, cap in enumerate(
            [
                "Các đại biểu dự Lễ khai giảng",
                "Học viên lớp K46 chụp ảnh lưu niệm",
                "Đồng chí Phó Hiệu trưởng trao quyết định cho Ban cán sự lớp",
            ],
            1,
        )
    )
    content = f"""{crumbs(("Thư viện ảnh", "/thu-vien-anh/"))}
<h1 class="tieude_ct">Lễ khai giảng lớp Trung cấp lý luận chính trị K46</h1>
<div class="tt_phu">28/11/2026 | 12 ảnh</div>
<div class="album_anh">
{photos}
</div>"""
    return news_page("Lễ khai giảng lớp Trung cấp lý luận chính trị K46", content, request=request)


def search_page(request: Request) -> Response:
    q = request.params.get("tukhoa", "").strip()
    hits = [s for s in NEWS if q and q.lower() in s.title.lower()]
    li = "".join(f'<li><a href="{news_path(s)}">{esc(s.title)}</a></li>' for s in hits)
    content = f"""{crumbs(("Tìm kiếm", None))}
<h2 class="td_chuyenmuc">Kết quả tìm kiếm: {esc(q)}</h2>
<p>Tìm thấy {len(hits)} kết quả.</p><ul>{li}</ul>"""
    return news_page("Tìm kiếm", content, request=request)


# ------------------------------------------------------------------------------------------
# OJS 3.3
# ------------------------------------------------------------------------------------------


def ojs_page(
    request: Request, title: str, body_class: str, content: str, meta: str = ""
) -> Response:
    base = base_url(request)
    most = [BUL_BY_ID[131], BUL_BY_ID[145]]
    most_li = "\n".join(
        f'<li><a href="{landing(s)}">{esc(s.title)}</a><span class="views">{s.views()} lượt xem</span></li>'
        for s in most
    )
    page = f"""<!DOCTYPE html>
<html lang="vi-VN" xml:lang="vi-VN">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>
		{esc(title)}
							| {JOURNAL}
			</title>


<meta name="generator" content="Open Journal Systems 3.3.0.14">
{meta}
	<link rel="stylesheet" href="{base}{J}/$$$call$$$/page/page/css?name=stylesheet" type="text/css" /><link rel="stylesheet" href="{base}{J}/$$$call$$$/page/page/css?name=font" type="text/css" /><link rel="stylesheet" href="{base}/tapchi/lib/pkp/styles/fontawesome/fontawesome.css?v=3.3.0.14" type="text/css" /><link rel="stylesheet" href="{base}/tapchi/public/journals/1/styleSheet.css?d=2026-11-12+09%3A14%3A51" type="text/css" />
</head>
<body class="pkp_page_{body_class} has_site_logo" dir="ltr">

	<div class="pkp_structure_page">

				<header class="pkp_structure_head" id="headerNavigationContainer" role="banner">
						<nav class="cmp_skip_to_content" aria-label="Chuyển đến các liên kết nội dung">
	<a href="#pkp_content_main">Chuyển đến nội dung chính</a>
	<a href="#siteNav">Chuyển đến menu điều hướng chính</a>
	<a href="#pkp_content_footer">Chuyển đến chân trang</a>
</nav>

			<div class="pkp_head_wrapper">

				<div class="pkp_site_name_wrapper">
					<button class="pkp_site_nav_toggle">
						<span>Open Menu</span>
					</button>
										<div class="pkp_site_name">
																<a href="{base}{J}/index" class="is_img">
							<img src="{base}/tapchi/public/journals/1/pageHeaderLogoImage_vi_VN.png" width="1200" height="160" alt="Thông tin khoa học - Trường Chính trị tỉnh Tuyên Quang" />
						</a>
										</div>
				</div>


				<nav class="pkp_site_nav_menu" aria-label="Điều hướng trang web">
					<a id="siteNav"></a>
					<div class="pkp_navigation_primary_row">
						<div class="pkp_navigation_primary_wrapper">
																				<ul id="navigationPrimary" class="pkp_navigation_primary pkp_nav_list">
								<li class="">
				<a href="{base}{J}/issue/current">
					Số hiện tại
				</a>
							</li>
								<li class="">
				<a href="{base}{J}/issue/archive">
					Lưu trữ
				</a>
							</li>
															<li class="">
				<a href="{base}{J}/about">
					Giới thiệu
				</a>
									<ul>
																					<li class="">
									<a href="{base}{J}/about">
										Về Tạp chí
									</a>
								</li>
																												<li class="">
									<a href="{base}{J}/about/editorialTeam">
										Ban biên tập
									</a>
								</li>
																		</ul>
							</li>
								<li class="">
				<a href="{base}/">
					Trang tin điện tử của Trường
				</a>
							</li>
			</ul>



																						<div class="pkp_navigation_search_wrapper">
									<a href="{base}{J}/search" class="pkp_search pkp_search_desktop">
										<span class="fa fa-search" aria-hidden="true"></span>
										Tìm kiếm
									</a>
								</div>
													</div>
					</div>
					<div class="pkp_navigation_user_wrapper" id="navigationUserWrapper">
							<ul id="navigationUser" class="pkp_navigation_user pkp_nav_list">
								<li class="profile">
				<a href="{base}{J}/user/register">
					Đăng ký
				</a>
							</li>
								<li class="profile">
				<a href="{base}{J}/login">
					Đăng nhập
				</a>
							</li>
										</ul>

					</div>
				</nav>
			</div><!-- .pkp_head_wrapper -->
		</header><!-- .pkp_structure_head -->

						<div class="pkp_structure_content has_sidebar">
			<div class="pkp_structure_main" role="main">
				<a id="pkp_content_main"></a>

{content}

	</div><!-- pkp_structure_main -->

									<div class="pkp_structure_sidebar left" role="complementary" aria-label="Thanh bên">
				<div class="pkp_block block_custom" id="customblock-gioi-thieu-ttkh">
	<h2 class="title pkp_screen_reader">gioi-thieu-ttkh</h2>
	<div class="content">
		<p><img src="{base}/tapchi/public/site/images/admin/bia-ttkh.jpg" alt="" width="220"></p>
<p><strong>THÔNG TIN KHOA HỌC</strong><br>Cơ quan chủ quản: Trường Chính trị tỉnh Tuyên Quang<br>Giấy phép xuất bản số 15/GP-STTTT</p>
	</div>
</div>
<div class="pkp_block block_most_read">
	<h2 class="title">Bài viết xem nhiều</h2>
	<div class="content"><ul class="most_read">
{most_li}
	</ul></div>
</div>
<div class="pkp_block block_custom" id="customblock-thong-ke">
	<h2 class="title">Thống kê truy cập</h2>
	<div class="content"><p>Đang online: 6<br>Hôm nay: 88<br>Tổng truy cập: 41.206</p></div>
</div>

			</div><!-- pkp_sidebar.left -->
			</div><!-- pkp_structure_content -->

<div class="pkp_structure_footer_wrapper" role="contentinfo">
	<a id="pkp_content_footer"></a>

	<div class="pkp_structure_footer">

					<div class="pkp_footer_content">
				<p><strong>THÔNG TIN KHOA HỌC - TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG</strong><br>Tòa soạn: Phòng Quản lý đào tạo - NCKH, Số 368, đường Bình Thuận, phường An Tường, tỉnh Tuyên Quang<br>Điện thoại: 0207 3822 516 - Email: ttkh.tct@tuyenquang.gov.vn</p>
			</div>

		<div class="pkp_brand_footer" role="complementary">
			<a href="{base}{J}/about/aboutThisPublishingSystem">
				<img alt="Thông tin về Hệ thống xuất bản này" src="{base}/tapchi/templates/images/ojs_brand.png">
			</a>
		</div>
	</div>
</div><!-- pkp_structure_footer_wrapper -->

</div><!-- pkp_structure_page -->

<script src="{base}/tapchi/lib/pkp/lib/vendor/components/jquery/jquery.min.js?v=3.3.0.14" type="text/javascript"></script><script src="{base}/tapchi/plugins/themes/default/js/main.js?v=3.3.0.14" type="text/javascript"></script>

</body>
</html>"""
    return html(
        page, headers={"Set-Cookie": "OJSSID=k2v8l1o0c5hn3s9e4u7q6m1a2b; path=/tapchi; HttpOnly"}
    )


def ojs_crumbs(base: str, *steps: tuple[str, str | None]) -> str:
    items = [
        f'<li>\n\t\t\t<a href="{base}{J}/index">\n\t\t\t\tTrang chủ\n\t\t\t</a>\n\t\t\t<span class="separator">/</span>\n\t\t</li>'
    ]
    for label, href in steps:
        if href:
            items.append(
                f'<li>\n\t\t\t<a href="{base}{href}">\n\t\t\t\t{esc(label)}\n\t\t\t</a>\n\t\t\t<span class="separator">/</span>\n\t\t</li>'
            )
        else:
            items.append(
                f'<li class="current">\n\t\t\t<span aria-current="page">\n\t\t\t\t{esc(label)}\n\t\t\t</span>\n\t\t</li>'
            )
    return (
        '<nav class="cmp_breadcrumbs" role="navigation" aria-label="Bạn đang ở đây:">\n\t<ol>\n\t\t'
        + "\n\t\t".join(items)
        + "\n\t</ol>\n</nav>"
    )


def article_summary(base: str, s: Story) -> str:
    authors = ", ".join(name for name, _aff, _apa in s.opts["printed_authors"])
    galleys = []
    if s.opts["html"]:
        galleys.append(
            f'<li>\n\t\t\t\t\t\t\t\n\n\n\t\n\n\t\n\n<a class="obj_galley_link file" href="{base}{J}/article/view/{best(s)}/{s.opts["html"]}" aria-labelledby=article-{s.id}>\n\n\t\t\n\tHTML\n\n\t</a>\n\t\t\t\t\t</li>'
        )
    galleys.append(
        f'<li>\n\t\t\t\t\t\t\t\n\n\n\t\n\n\t\n\n<a class="obj_galley_link pdf" href="{base}{J}/article/view/{best(s)}/{s.opts["pdf"]}" aria-labelledby=article-{s.id}>\n\n\t\t\n\tPDF\n\n\t</a>\n\t\t\t\t\t</li>'
    )
    return f"""<div class="obj_article_summary">

	<h3 class="title">
		<a id="article-{s.id}" href="{base}{landing(s)}">
			{esc(s.title)}
					</a>
	</h3>

		<div class="meta">
				<div class="authors">
			{esc(authors)}
		</div>

							<div class="pages">{s.opts["pages"]}</div>


	</div>

			<ul class="galleys_links">
																	{"".join(galleys)}
								</ul>


</div>"""


def issue_toc(base: str, issue_id: int) -> str:
    iss = ISSUES[issue_id]
    sections = []
    for sec in SECTIONS:
        arts = [s for s in BULLETIN if s.opts["issue"] == issue_id and s.cat == sec]
        if not arts:
            continue
        lis = "\n".join(
            f"<li>\n\t\t\t\t\t\t{article_summary(base, s)}\n\t\t\t\t\t</li>" for s in arts
        )
        sections.append(
            f"""<div class="section">
									<h2>
					{esc(sec)}
				</h2>
						<ul class="cmp_article_list articles">
				{lis}
							</ul>
				</div>"""
        )
    return f"""<div class="obj_issue_toc">

		<div class="heading">

									<a class="cover" href="{base}{J}/issue/view/{issue_id}">
								<img src="{base}/tapchi/public/journals/1/cover_issue_{issue_id}_vi_VN.jpg" alt="{esc(iss["ident"])}">
			</a>

							<div class="description">
				<p>{esc(iss["desc"])}</p>
			</div>


							<div class="published">
				<span class="label">
					Đã xuất bản:
				</span>
				<span class="value">
					{iss["published"]}
				</span>
			</div>
			</div>


		<div class="sections">
			{"".join(sections)}
		</div><!-- .sections -->
</div>"""


def ojs_index(request: Request) -> Response:
    base = base_url(request)
    content = f"""<div class="page_index_journal">


			<div class="homepage_image">
			<img src="{base}/tapchi/public/journals/1/homepageImage_vi_VN.jpg" alt="">
		</div>


			<div class="additional_content">
			<p>Thông tin khoa học là ấn phẩm của Trường Chính trị tỉnh Tuyên Quang, xuất bản 02 tháng/số, công bố kết quả nghiên cứu lý luận, tổng kết thực tiễn của giảng viên, học viên và cán bộ nghiên cứu trong và ngoài tỉnh.</p>
		</div>

			<section class="current_issue">
			<h2>
				Số hiện tại
			</h2>
			<div class="current_issue_title">
				{ISSUES[3]["ident"]}
			</div>
			{issue_toc(base, 3)}
			<a href="{base}{J}/issue/archive" class="read_more">
				Xem tất cả các số
			</a>
		</section>
	</div><!-- .page -->"""
    return ojs_page(request, JOURNAL, "index pkp_op_index", content)


def ojs_issue(request: Request, issue_id: int) -> Response:
    base = base_url(request)
    iss = ISSUES[issue_id]
    content = f"""<div class="page page_issue">

				{ojs_crumbs(base, ("Lưu trữ", f"{J}/issue/archive"), (iss["ident"], None))}
			<h1>
				{esc(iss["ident"])}
			</h1>
			{issue_toc(base, issue_id)}
	</div>"""
    return ojs_page(request, iss["ident"], "issue pkp_op_view", content)


def ojs_archive(request: Request) -> Response:
    base = base_url(request)
    lis = []
    for iid in (3, 2):
        iss = ISSUES[iid]
        lis.append(
            f"""<li>

<div class="obj_issue_summary">

			<a class="cover" href="{base}{J}/issue/view/{iid}">
			<img src="{base}/tapchi/public/journals/1/cover_issue_{iid}_vi_VN.jpg" alt="{esc(iss["ident"])}">
		</a>

	<h2>
		<a class="title" href="{base}{J}/issue/view/{iid}">
							{esc(iss["title"])}
					</a>
					<div class="series">
				{esc(iss["series"])}
			</div>
			</h2>

	<div class="description">
		{esc(iss["desc"])}
	</div>
</div><!-- .obj_issue_summary -->
				</li>"""
        )
    content = f"""<div class="page page_issue_archive">
	{ojs_crumbs(base, ("Lưu trữ", None))}
	<h1>
		Lưu trữ
	</h1>

				<ul class="issues_archive">
							{"".join(lis)}
					</ul>

			</div>"""
    return ojs_page(request, "Lưu trữ", "issue pkp_op_archive", content)


def _ojs_meta(request: Request, s: Story) -> str:
    base = base_url(request)
    o = s.opts
    iss = ISSUES[o["issue"]]
    first, _, last = o["pages"].partition("-")
    lines = ['<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/" />']
    for name, _aff, _apa in o["printed_authors"]:
        lines.append(f'<meta name="DC.Creator.PersonalName" content="{esc(name)}"/>')
    pub = s.published_at
    lines += [
        f'<meta name="DC.Date.created" scheme="ISO8601" content="{pub}"/>',
        f'<meta name="DC.Date.dateSubmitted" scheme="ISO8601" content="{o["received"]}"/>',
        f'<meta name="DC.Date.issued" scheme="ISO8601" content="{iss["published"]}"/>',
        f'<meta name="DC.Date.modified" scheme="ISO8601" content="{o["modified"]}"/>',
        f'<meta name="DC.Description" xml:lang="vi" content="{esc(s.summary or "")}"/>',
    ]
    if o["html"]:
        lines.append('<meta name="DC.Format" scheme="IMT" content="text/html"/>')
    lines += [
        '<meta name="DC.Format" scheme="IMT" content="application/pdf"/>',
        f'<meta name="DC.Identifier" content="{s.id}"/>',
        f'<meta name="DC.Identifier.pageNumber" content="{o["pages"]}"/>',
        f'<meta name="DC.Identifier.DOI" content="10.58877/ttkh.{iss["number"][:1]}.{s.id}"/>',
        f'<meta name="DC.Identifier.URI" content="{base}{landing(s)}"/>',
        '<meta name="DC.Language" scheme="ISO639-1" content="vi"/>',
        '<meta name="DC.Rights" content="Bản quyền (c) 2026 Thông tin khoa học"/>',
        f'<meta name="DC.Source" content="{JOURNAL}"/>',
        f'<meta name="DC.Source.Issue" content="{iss["number"]}"/>',
        f'<meta name="DC.Source.URI" content="{base}{J}"/>',
    ]
    for kw in o["keywords"]:
        lines.append(f'<meta name="DC.Subject" xml:lang="vi" content="{esc(kw)}"/>')
    lines += [
        f'<meta name="DC.Title" content="{esc(s.title)}"/>',
        '<meta name="DC.Type" content="Text.Serial.Journal"/>',
        f'<meta name="DC.Type.articleType" content="{esc(s.cat)}"/>',
        '<meta name="gs_meta_revision" content="1.1"/>',
        f'<meta name="citation_journal_title" content="{JOURNAL}"/>',
        '<meta name="citation_journal_abbrev" content="TTKH"/>',
    ]
    for name, aff, _apa in o["printed_authors"]:
        lines.append(f'<meta name="citation_author" content="{esc(name)}"/>')
        lines.append(f'<meta name="citation_author_institution" content="{esc(aff)}"/>')
    lines += [
        f'<meta name="citation_title" content="{esc(s.title)}"/>',
        '<meta name="citation_language" content="vi"/>',
        f'<meta name="citation_date" content="{pub.replace("-", "/")}"/>',
        f'<meta name="citation_issue" content="{iss["number"]}"/>',
        f'<meta name="citation_firstpage" content="{first}"/>',
        f'<meta name="citation_lastpage" content="{last}"/>',
        f'<meta name="citation_doi" content="10.58877/ttkh.{iss["number"][:1]}.{s.id}"/>',
        f'<meta name="citation_abstract_html_url" content="{base}{landing(s)}"/>',
    ]
    for kw in o["keywords"]:
        lines.append(f'<meta name="citation_keywords" xml:lang="vi" content="{esc(kw)}"/>')
    if o["html"]:
        lines.append(
            f'<meta name="citation_fulltext_html_url" content="{base}{J}/article/view/{best(s)}/{o["html"]}"/>'
        )
    lines.append(
        f'<meta name="citation_pdf_url" content="{base}{J}/article/download/{best(s)}/{o["pdf"]}"/>'
    )
    for ref in o["refs"]:
        lines.append(
            f'<meta name="citation_reference" content="{esc(re.sub("<[^>]+>", "", ref))}"/>'
        )
    return "\n".join(lines)


def galley_body(request: Request, s: Story) -> str:
    """The galley file's body as the editorial office prepared it (Word filtered HTML & co)."""
    inner = render_blocks(s, absolute=base_url(request))
    if s.opts["style"] in ("word", "nfd"):
        inner = f'<div class="WordSection1">\n{inner}\n</div>'
    return encode_text(inner, s)


def ojs_landing(request: Request, s: Story, *, old_version: bool = False) -> Response:
    base = base_url(request)
    o = s.opts
    iss = ISSUES[o["issue"]]
    doi = f"10.58877/ttkh.{iss['number'][:1]}.{s.id}"
    authors = "\n".join(
        f"""<li>
									<span class="name">
										{esc(name)}
									</span>
																			<span class="affiliation">
											{esc(aff)}
																					</span>
																										</li>"""
        for name, aff, _apa in o["printed_authors"]
    )
    inline = ""
    if o["html"]:
        inline = f"""<section class="item inline_html_galley">
						<h2 class="label">Toàn văn</h2>
						<div class="inline_galley_body" id="inlineHtmlGalley-{o["html"]}">
{galley_body(request, s)}
						</div>
					</section>"""
    refs = "\n".join(f"<p>{r}</p>" for r in o["refs"])
    notice = ""
    if old_version:
        notice = f"""<div class="cmp_notification notice">
				Đây là phiên bản đã lỗi thời được xuất bản vào {s.published_at}. Đọc <a href="{base}{landing(s)}">phiên bản mới nhất</a>.
			</div>"""
    if o.get("updated") and not old_version:
        published = f"<span>Đã xuất bản {s.published_at}. Đã cập nhật {o['updated']}.</span>"
    else:
        published = f"<span>{s.published_at}</span>"
    versions = ""
    if o.get("versions"):
        old_id, _new_id = o["versions"]
        if old_version:
            v2 = f'<a href="{base}{landing(s)}">{o["updated"]} (2)</a>'
            v1 = f"{s.published_at} (1)"
        else:
            v2 = f"{o['updated']} (2)"
            v1 = f'<a href="{base}{landing(s)}/version/{old_id}">{s.published_at} (1)</a>'
        versions = f"""<section class="sub_item versions">
						<h2 class="label">
							Phiên bản
						</h2>
						<ul class="value">
															<li>{v2}</li>
															<li>{v1}</li>
													</ul>
					</section>"""
    apa_names = ", & ".join(apa for _n, _a, apa in o["printed_authors"])
    galleys = f'<li>\n\t\t\t\t\t\t\t\n\n\n\t\n\n\t\n\n<a class="obj_galley_link pdf" href="{base}{J}/article/view/{best(s)}/{o["pdf"]}">\n\n\t\t\n\tPDF\n\n\t</a>\n\t\t\t\t\t\t</li>'
    content = f"""<div class="page page_article">
			{ojs_crumbs(base, ("Lưu trữ", f"{J}/issue/archive"), (iss["ident"], f"{J}/issue/view/{o['issue']}"), (s.cat, None))}

		<article class="obj_article_details">

		{notice}

	<h1 class="page_title">
		{esc(s.title)}
	</h1>


	<div class="row">
		<div class="main_entry">

							<section class="item authors">
					<h2 class="pkp_screen_reader">Các tác giả</h2>
					<ul class="authors">
											{authors}
										</ul>
				</section>

																												<section class="item doi">
						<h2 class="label">
														DOI:
						</h2>
						<span class="value">
							<a href="https://doi.org/{doi}">
								https://doi.org/{doi}
							</a>
						</span>
					</section>

									<section class="item keywords">
				<h2 class="label">
										Từ khóa:
				</h2>
				<span class="value">
											{esc(", ".join(o["keywords"]))}									</span>
			</section>

										<section class="item abstract">
					<h2 class="label">Tóm tắt</h2>
					<p>{esc(s.summary or "")}</p>
				</section>

			{inline}




				<section class="item references">
					<h2 class="label">
						Tài liệu tham khảo
					</h2>
					<div class="value">
{refs}
					</div>
				</section>

		</div><!-- .main_entry -->

		<div class="entry_details">

										<div class="item cover_image">
					<div class="sub_item">
													<a href="{base}{J}/issue/view/{o["issue"]}">
								<img src="{base}/tapchi/public/journals/1/cover_issue_{o["issue"]}_vi_VN.jpg" alt="">
							</a>
											</div>
				</div>

										<div class="item galleys">
					<h2 class="pkp_screen_reader">
						Tải xuống
					</h2>
					<ul class="value galleys_links">
													{galleys}
											</ul>
				</div>

			<div class="item ngay_nhan_bai">
				<section class="sub_item">
					<h2 class="label">Ngày nhận bài</h2>
					<div class="value">{o["received"]}</div>
				</section>
				<section class="sub_item">
					<h2 class="label">Ngày duyệt đăng</h2>
					<div class="value">{o["accepted"]}</div>
				</section>
			</div>

							<div class="item published">
					<section class="sub_item">
						<h2 class="label">
							Đã xuất bản
						</h2>
						<div class="value">
																						{published}
																				</div>
					</section>
					{versions}
									</div>

										<div class="item citation">
					<section class="sub_item citation_display">
						<h2 class="label">
							Cách trích dẫn
						</h2>
						<div class="value">
							<div id="citationOutput" role="region" aria-live="polite">
								<div class="csl-bib-body">
  <div class="csl-entry">{esc(apa_names)} ({iss["published"][:4]}). {esc(s.title)}. <i>{JOURNAL}</i>, <i>{esc(iss["number"])}</i>, {o["pages"].replace("-", "–")}. https://doi.org/{doi}</div>
</div>
							</div>
						</div>
					</section>
				</div>

										<div class="item issue">

											<section class="sub_item">
							<h2 class="label">
								Số
							</h2>
							<div class="value">
								<a class="title" href="{base}{J}/issue/view/{o["issue"]}">
									{esc(iss["ident"])}
								</a>
							</div>
						</section>

											<section class="sub_item">
							<h2 class="label">
								Chuyên mục
							</h2>
							<div class="value">
								{esc(s.cat)}
							</div>
						</section>

									</div>

										<div class="item copyright">
					<h2 class="label">
						Giấy phép
					</h2>
																										<p>Bản quyền (c) 2026 Thông tin khoa học</p>
														<a rel="license" href="https://creativecommons.org/licenses/by-nc/4.0/"><img alt="Creative Commons License" src="//i.creativecommons.org/l/by-nc/4.0/88x31.png" /></a><p>Tác phẩm này được cấp phép theo <a rel="license" href="https://creativecommons.org/licenses/by-nc/4.0/">Giấy phép quốc tế Creative Commons Attribution-NonCommercial 4.0</a>.</p>
				</div>

		</div><!-- .entry_details -->
	</div><!-- .row -->

</article>



</div><!-- .page -->"""
    return ojs_page(request, s.title, "article pkp_op_view", content, _ojs_meta(request, s))


def ojs_html_galley_frame(request: Request, s: Story) -> Response:
    base = base_url(request)
    o = s.opts
    parent = f"{base}{landing(s)}"
    page = f"""<!DOCTYPE html>
<html lang="vi-VN" xml:lang="vi-VN">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1.0">
	<title>
		Xem {esc(s.title)}
							| {JOURNAL}
			</title>
<meta name="generator" content="Open Journal Systems 3.3.0.14">
	<link rel="stylesheet" href="{base}{J}/$$$call$$$/page/page/css?name=stylesheet" type="text/css" />
</head>
<body class="pkp_page_article pkp_op_view">

		<header class="header_view">

		<a href="{parent}" class="return">
			<span class="pkp_screen_reader">
									Quay lại Chi tiết bài báo
							</span>
		</a>

		<a href="{parent}" class="title">
			{esc(s.title)}
		</a>
	</header>

	<div id="htmlContainer" class="galley_view" style="overflow:visible;-webkit-overflow-scrolling:touch">
						<iframe id="htmlGalleyFrame" name="htmlFrame" src="{base}{J}/article/download/{best(s)}/{o["html"]}?inline=1" title="HTML của {esc(s.title)}" allowfullscreen webkitallowfullscreen></iframe>
	</div>

</body>
</html>"""
    return html(page)


def ojs_galley_file(request: Request, s: Story) -> Response:
    generator = (
        "Microsoft Word 15 (filtered)" if s.opts["style"] in ("word", "nfd") else "LibreOffice 7.6"
    )
    page = f"""<html>

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=Generator content="{generator}">
<title>{esc(s.title)}</title>
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin-top:0cm;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;line-height:115%;font-size:14.0pt;font-family:"Times New Roman",serif;}}
-->
</style>
</head>

<body lang=VI style='word-wrap:break-word'>
{galley_body(request, s)}
</body>

</html>"""
    headers = {}
    if "inline" not in request.params:
        headers["Content-Disposition"] = f'attachment; filename="{s.id}-{s.opts["html"]}.html"'
    return html(page, headers=headers)


def ojs_simple(request: Request, title: str, body_class: str, inner: str) -> Response:
    base = base_url(request)
    content = f"""<div class="page page_{body_class.split()[0]}">
	{ojs_crumbs(base, (title, None))}
	<h1>
		{esc(title)}
	</h1>
{inner}
</div>"""
    return ojs_page(request, title, body_class, content)


ABOUT = """<div class="description">
<p>Thông tin khoa học là ấn phẩm khoa học của Trường Chính trị tỉnh Tuyên Quang, được xuất bản theo Giấy phép số 15/GP-STTTT của Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ) tỉnh Tuyên Quang.</p>
<p>Ấn phẩm xuất bản định kỳ 02 tháng/số, đăng tải các bài viết nghiên cứu lý luận, tổng kết thực tiễn về xây dựng Đảng, xây dựng chính quyền, phát triển kinh tế - xã hội của địa phương; trao đổi kinh nghiệm đổi mới nội dung, phương pháp giảng dạy lý luận chính trị.</p>
<p>Từ số 5 (57) năm 2026, Thông tin khoa học tiếp nhận và xử lý bài viết trực tuyến trên hệ thống Open Journal Systems. Các số trước đây được lưu trữ dưới dạng tệp PDF tại mục Văn bản của Trang thông tin điện tử Nhà trường.</p>
</div>"""

EDITORIAL = """<div class="editorial_team">
<p><strong>Trưởng ban biên tập</strong><br>TS. Hoàng Quốc Bảo - Hiệu trưởng</p>
<p><strong>Phó Trưởng ban biên tập</strong><br>ThS. Nguyễn Văn Thắng - Phó Hiệu trưởng</p>
<p><strong>Ủy viên</strong><br>TS. Trần Quốc Hưng - Trưởng khoa Lý luận cơ sở<br>TS. Hà Văn Tuấn - Trưởng khoa Dân vận<br>ThS. Đỗ Minh Châu - Phó Trưởng khoa Nhà nước và pháp luật</p>
<p><strong>Thư ký tòa soạn</strong><br>ThS. Triệu Văn Long - Phòng Quản lý đào tạo - NCKH</p>
</div>"""

SYSTEM = """<p>Tạp chí này sử dụng Open Journal Systems 3.3.0.14, là phần mềm quản lý và xuất bản tạp chí nguồn mở được phát triển, hỗ trợ và phân phối miễn phí bởi <a href="https://pkp.sfu.ca/">Public Knowledge Project</a> theo Giấy phép Công cộng GNU.</p>"""


def ojs_search(request: Request) -> Response:
    base = base_url(request)
    q = request.params.get("query", "")
    inner = f"""<form class="cmp_form" method="get" action="{base}{J}/search/search" role="form">
		<div class="search_input">
			<label class="pkp_screen_reader" for="query">Tìm kiếm bài báo theo</label>
			<input type="text" id="query" name="query" value="{esc(q)}" class="query" placeholder="Tìm kiếm">
		</div>
		<fieldset class="search_advanced">
			<legend>Bộ lọc</legend>
			<div class="date_range">
				<div class="from">
					<label class="label">Xuất bản sau</label>
					<select name="dateFromYear"><option></option><option value="2026">2026</option></select>
				</div>
			</div>
		</fieldset>
		<div class="submit">
			<button class="submit" type="submit">Tìm kiếm</button>
		</div>
	</form>
	<h2 class="pkp_screen_reader">Kết quả tìm kiếm</h2>
	<div class="cmp_notification notice">Không có kết quả nào.</div>"""
    return ojs_simple(request, "Tìm kiếm", "search pkp_op_search", inner)


def ojs_login(request: Request) -> Response:
    base = base_url(request)
    inner = f"""<form class="cmp_form cmp_form login" id="login" method="post" action="{base}{J}/login/signIn">
		<input type="hidden" name="csrfToken" value="8d5b2f1a9c3e7d4b6a0f2e1c9b8a7d6e">
		<fieldset class="fields">
			<div class="username"><label><span class="label">Tên đăng nhập</span><input type="text" name="username" id="username" value="" maxlength="32" required></label></div>
			<div class="password"><label><span class="label">Mật khẩu</span><input type="password" name="password" id="password" value="" maxlength="32" required></label>
</div>
			<div class="buttons"><button class="submit" type="submit">Đăng nhập</button></div>
		</fieldset>
	</form>"""
    return ojs_simple(request, "Đăng nhập", "login pkp_op_index", inner)


def ojs_register(request: Request) -> Response:
    base = base_url(request)
    inner = f"""<form class="cmp_form register" id="register" method="post" action="{base}{J}/user/register">
		<input type="hidden" name="csrfToken" value="8d5b2f1a9c3e7d4b6a0f2e1c9b8a7d6e">
		<fieldset class="identity"><legend>Hồ sơ</legend>
		<div class="fields">
			<div class="given_name"><label><span class="label">Tên</span><input type="text" name="givenName" id="givenName" value="" maxlength="255" required></label></div>
			<div class="family_name"><label><span class="label">Họ</span><input type="text" name="familyName" id="familyName" value="" maxlength="255"></label></div>
			<div class="email"><label><span class="label">Email</span><input type="email" name="email" id="email" value="" maxlength="90" required></label></div>
		</div></fieldset>
		<div class="buttons"><button class="submit" type="submit">Đăng ký</button></div>
	</form>"""
    return ojs_simple(request, "Đăng ký", "user pkp_op_register", inner)


_ARTICLE_RE = re.compile(
    rf"^{re.escape(J)}/article/(view|download)/([A-Za-z0-9-]+)(?:/(version)/(\d+)|/(\d+)(?:/(\d+))?)?$"
)


def ojs(request: Request) -> Response | None:
    path = request.path
    if path in ("/tapchi", "/tapchi/", "/tapchi/index.php"):
        return redirect(f"{J}/index")
    if path in (J, J + "/", J + "/index"):
        return ojs_index(request)
    if path.startswith(J + "/$$$call$$$/page/page/css"):
        return Response(200, b".pkp_structure_page{margin:0 auto}", {"Content-Type": "text/css"})
    if path == J + "/issue/current":
        return ojs_issue(request, 3)
    if path == J + "/issue/archive":
        return ojs_archive(request)
    m = re.fullmatch(rf"{re.escape(J)}/issue/view/(\d+)", path)
    if m:
        iid = int(m.group(1))
        return ojs_issue(request, iid) if iid in ISSUES else None
    if path == J + "/about":
        return ojs_simple(request, "Về Tạp chí", "about pkp_op_index", ABOUT)
    if path == J + "/about/editorialTeam":
        return ojs_simple(request, "Ban biên tập", "about pkp_op_editorialTeam", EDITORIAL)
    if path == J + "/about/aboutThisPublishingSystem":
        return ojs_simple(
            request, "Về hệ thống xuất bản", "about pkp_op_aboutThisPublishingSystem", SYSTEM
        )
    if path in (J + "/search", J + "/search/search", J + "/search/index"):
        return ojs_search(request)
    if path == J + "/login":
        return ojs_login(request)
    if path == J + "/user/register":
        return ojs_register(request)
    m = _ARTICLE_RE.match(path)
    if not m:
        return None
    op, bid, version_kw, version_id, galley, file_id = m.groups()
    s = find_bulletin(bid)
    if s is None:
        return None
    o = s.opts
    if version_kw:
        if op == "view" and o.get("versions") and int(version_id) == o["versions"][0]:
            return ojs_landing(request, s, old_version=True)
        return None
    if galley is None:
        return ojs_landing(request, s) if op == "view" else None
    g = int(galley)
    if file_id is not None:
        if op == "download" and (bid, g, int(file_id)) in GALLEY_FILES:
            return static_file("/galley.jpg")
        return None
    if g == o["html"]:
        return ojs_html_galley_frame(request, s) if op == "view" else ojs_galley_file(request, s)
    if g == o["pdf"]:
        if op == "view":
            return redirect(f"{base_url(request)}{J}/article/download/{bid}/{g}")
        return Response(
            200,
            PDF,
            {
                "Content-Type": "application/pdf",
                "Content-Disposition": f'attachment; filename="{s.id}-{g}.pdf"',
            },
        )
    return None


# ------------------------------------------------------------------------------------------
# The site
# ------------------------------------------------------------------------------------------

_NEWS_RE = re.compile(r"^/tin-tuc/(?:([a-z-]+)/)?([a-z0-9-]+)-n(\d+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/tapchi/"):
            if path.startswith(
                ("/tapchi/public/", "/tapchi/templates/", "/tapchi/lib/", "/tapchi/plugins/")
            ):
                return static_file(path)
            return ojs(request)
        if path == "/" and not request.query:
            return home(request)
        if path == "/index.php" and request.params.get("m") == "tin":
            s = NEWS_BY_ID.get(int(request.params.get("id", "0") or 0))
            return news_article(request, s) if s else None
        if path.startswith(("/uploads/", TPL + "/", "/favicon")):
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if path.endswith(".doc"):
                return Response(200, b"\xd0\xcf\x11\xe0", {"Content-Type": "application/msword"})
            return static_file(path)
        m = re.fullmatch(r"/tin-tuc/([a-z-]+)/", path)
        if m and m.group(1) in CATS:
            return listing(request, m.group(1))
        if path == "/tin-tuc/in-bai.php":
            s = NEWS_BY_ID.get(int(request.params.get("id", "0") or 0))
            return news_print_page(request, s) if s else None
        m = _NEWS_RE.match(path)
        if m:
            cat, slug, nid = m.groups()
            s = NEWS_BY_ID.get(int(nid))
            if s and slug == s.slug and cat in (None, s.cat) and not request.query:
                return news_article(request, s)
            return None
        if path == "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html":
            return intro(request)
        if path == "/lien-he.html":
            return contact(request)
        if path == "/van-ban/":
            return van_ban_list(request)
        if path == VB_PATH:
            return van_ban_entry(request)
        if path == "/thu-vien-anh/":
            return album_list(request)
        if path == ALBUM_PATH:
            return album(request)
        if path == "/tim-kiem.html":
            return search_page(request)
        if path in ("/binh-chon.php", "/tin-tuc/gui-y-kien.php") and request.method == "POST":
            return news_page("Cảm ơn", "<p>Cảm ơn bạn đã gửi ý kiến!</p>", request=request)
        return None


def build_site() -> Site:
    return Site()


# ------------------------------------------------------------------------------------------
# Gold
# ------------------------------------------------------------------------------------------


def _news_gold(s: Story) -> dict:
    alts = [news_short(s), news_print(s)]
    if s.id == 1264:
        alts.append(f"/index.php?m=tin&id={s.id}")
    return gold_record(s, news_path(s), CATS[s.cat], alt_paths=alts)


def _bulletin_gold(s: Story) -> dict:
    o = s.opts
    b = best(s)
    alts = []
    if o["url_path"]:
        alts.append(f"{J}/article/view/{s.id}")
    alts += [f"{J}/article/view/{b}/{o['html']}", f"{J}/article/download/{b}/{o['html']}?inline=1"]
    if o.get("versions"):
        alts.append(f"{J}/article/view/{b}/version/{o['versions'][0]}")
    return gold_record(s, landing(s), s.cat, alt_paths=alts)


GOLD = [_news_gold(s) for s in NEWS] + [_bulletin_gold(s) for s in GALLEY_ARTICLES]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-hinh-thanh-va-phat-trien.html",
    "/lien-he.html",
    VB_PATH,
    ALBUM_PATH,
    f"{J}/article/view/ttkh58-03",
    f"{J}/article/view/134",
    f"{J}/about",
    f"{J}/about/editorialTeam",
]
