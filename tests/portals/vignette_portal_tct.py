"""Trường Chính trị tỉnh Lào Cai on the province's Vignette Portal / VCM 7 (Java) family.

Platform
    An old provincial e-government portal built on Vignette Content Management 7 with the
    ``vgn-ext-templating`` JSP renderer. The political school is one sub-site of it. Every page
    is ``/vgn-ext-templating/v/index.jsp`` addressed by query: channels (sections) and content
    items (articles, intro pages, documents, albums alike) by 32-hex GUIDs.

URL scheme
    - item:    ``/vgn-ext-templating/v/index.jsp?vgnextoid=<oid>&vgnextchannel=<ch>&vgnextfmt=default``
    - print:   the same with ``vgnextfmt=print``
    - channel: ``/vgn-ext-templating/v/index.jsp?vgnextchannel=<ch>&vgnextrefresh=1&pagenum=<N>``
      (the menu links it without ``pagenum``; the pager with it)
    - files:   ``/vgn-ext-templating/fileDownloader?vgnextoid=<oid>&fileName=<name>`` (body
      photos, attachments); thumbnails and theme images under ``/vgnmedia/``
    - ``/`` is the sub-site's home page (START_PATH).

Page templates
    home (featured box "Tin nổi bật", two latest of each channel, sidebars), channel listing
    (3 items a page, pager "Trang 1/2"), item page (breadcrumb, overline, headline, meta table,
    TOMTAT sapo, NOIDUNG text field, related box, NOIDUNG_TIEP continuation field, tools,
    "Các tin khác"), print page, and the non-article items (intro, organisation, contact, two
    document entries, one photo album).

How each gold article is reached
    Home lists the two newest items of each of the four channels and the featured box; each
    item page lists two other items of its channel. The older items T4, T5 (Tin tức - Sự kiện)
    and N4 (Nghiên cứu - Trao đổi) are linked only from page 2 of their channel's listing.

Traps
    1. ``<base href="http://host/vgn-ext-templating/">`` on every page and all navigation links
       printed relative to it (``v/index.jsp?...``): resolved against the page URL they become
       ``/vgn-ext-templating/v/v/index.jsp?...``, which is a 404. Gold: paths as resolved
       against the base.
    2. ``<title>`` is "Trường Chính trị tỉnh Lào Cai - <channel>" on every item and the only
       ``<h1>`` is the banner's site name; the headline is a ``<div class="ctTit">`` and some
       items print an overline (``ctTitPhu``, "TIN HOẠT ĐỘNG", "GÓC NHÌN") above it. Gold title:
       the headline only.
    3. Java ``SimpleDateFormat("dd/MM/yyyy hh:mm:ss a", vi)`` dates: 12-hour clock with "SA" /
       "CH". "02:30:00 CH" is 14:30; "12:15:00 CH" is 12:15 (noon, not midnight). Gold:
       the 24-hour time, +07:00.
    4. Items imported from the old portal print the publication date as Java's
       ``Date.toString()``: "Mon Nov 30 10:00:00 ICT 2026" (ICT = Indochina Time, +07:00).
       Gold: "2026-11-30T10:00:00+07:00"; "Thu Oct 08 00:00:00 ICT 2026" is a midnight, so the
       day alone "2026-10-08".
    5. The meta table prints "Ngày cập nhật" (and the channel listings print only that update
       date); on "Hoạt động đào tạo" items it comes BEFORE "Ngày đăng". Gold: the publication
       date, never the update date.
    6. The meta table names the workflow's "Biên tập" (editor) and "Người duyệt" (approver):
       they are not authors. Gold authors come from the byline only.
    7. Long texts are split over two VCM rich-text attributes (the editor field's size limit):
       ``vgnFld_NOIDUNG`` and ``vgnFld_NOIDUNG_TIEP``, with the template's "Bài liên quan"
       box (a ``<ul>`` of links) rendered between them. Gold: both halves are body, in order;
       the box is not.
    8. Photos with their caption in a two-row layout table (``<table class="tblAnh">``: image
       row, caption row). Table rows are normally body paragraphs: this one is the caption.
    9. Body photos are served by ``fileDownloader?vgnextoid=..&fileName=x.jpg``: no image
       extension in the path. Gold image paths keep the query.
    10. The same item is linked under three addresses: the channel listing's canonical form,
        the home's "Tin nổi bật" box with the featured channel's GUID in ``vgnextchannel``
        (the breadcrumb still prints the item's own channel), and the "Đọc nhiều" portlet
        without ``vgnextfmt``; plus the print view. Gold: the listing's form is canonical, the
        others are alt_paths.
    11. The pager's "Trang sau »" on the last page links to that same page (Vignette clamps
        ``pagenum``); page 1 exists both with and without ``pagenum=1``.
    12. One item's text was typed in Ektron eWebEditPro, which stores non-ASCII letters as
        numeric/named references mixed with raw UTF-8 (T4). Gold: the decoded text.
    13. The Party letterhead: a school under the provincial Party committee heads its notices
        "TỈNH ỦY LÀO CAI / TRƯỜNG CHÍNH TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", not "CỘNG HÒA XÃ HỘI
        CHỦ NGHĨA VIỆT NAM" (B1). Gold per the official-document convention: letterhead, kind,
        subject and closing are not body; date = the letterhead's day; the signer is the author.
    14. Word footnotes in research articles: ``<a href="#_ftn1"><sup>[1]</sup></a>`` calls and
        the notes under an ``<hr>`` (N1). Gold: the bracketed call stays in its sentence, the
        "Tài liệu tham khảo" heading and notes are body.
    15. Non-articles (intro, organisation, contact, document entries, album) use the very same
        ``vgnextoid`` item URL form as articles.

Gold decisions on ambiguous points
    - category: the item's own channel as the breadcrumb prints it, even when reached through
      the featured channel's GUID.
    - "Bài, ảnh: X" -> X is author and photographer (like "Tin, ảnh").
    - An author line "ThS. Vàng Thị Mai - Giảng viên Khoa Xây dựng Đảng" -> "Vàng Thị Mai".
    - B2 is signed by a unit alone, right-aligned ("Phòng Quản lý đào tạo - Bồi dưỡng"): the
      author as printed. Its "File đính kèm" line is not body.
    - B1: the page's own "Ngày xuất bản" (01/12) is ignored for the letterhead's 30/11.
    - The overline is neither title nor body.
"""

from __future__ import annotations

import hashlib
from datetime import date

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "vignette_portal_tct"
PLATFORM = "Vignette Portal / VCM 7 (vgn-ext-templating JSP)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Lào Cai"
JSP = "/vgn-ext-templating/v/index.jsp"
REL = "v/index.jsp"  # as printed, relative to <base href=".../vgn-ext-templating/">
PAGE_SIZE = 3
TODAY_LINE = "Thứ Bảy, 05/12/2026"


def guid(seed: str) -> str:
    return hashlib.md5(("vgn:" + seed).encode()).hexdigest()


# channels: key -> (name, guid)
CHANNELS = {
    "tt": "Tin tức - Sự kiện",
    "dt": "Hoạt động đào tạo",
    "nc": "Nghiên cứu - Trao đổi",
    "tb": "Thông báo",
    "vb": "Văn bản",
    "gt": "Giới thiệu",
    "nb": "Tin nổi bật",
}
CH = {k: guid("channel/" + k) for k in CHANNELS}
HOME_CH = guid("channel/home")


def fd(name: str) -> str:
    """A fileDownloader address of a body photo (no extension in the path)."""
    return f"/vgn-ext-templating/fileDownloader?vgnextoid={guid('file/' + name)}&amp;fileName={name}"


# --- the stories ------------------------------------------------------------------------------

STORIES: list[Story] = [
    Story(
        1, "t1", "Bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026", "tt",
        "2026-12-03T14:30:00+07:00",
        [
            P("Chiều ngày 03/12/2026, Trường Chính trị tỉnh Lào Cai phối hợp với Bộ Chỉ huy Quân sự tỉnh "
              "tổ chức bế giảng lớp Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026."),
            Img(fd("bg_qpan_01.jpg"), "Đồng chí Phó Hiệu trưởng phát biểu bế giảng lớp học",
                "Đồng chí Phó Hiệu trưởng phát biểu bế giảng lớp học", "table"),
            P("Lớp học có 96 học viên là cán bộ, công chức cấp xã, trưởng thôn, tổ dân phố của các huyện "
              "Bát Xát, Mường Khương và thành phố Lào Cai."),
            P("Trong thời gian 10 ngày, học viên được nghiên cứu 12 chuyên đề về đường lối quốc phòng, an ninh "
              "của Đảng; công tác xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân."),
            P("Kết thúc khóa học, 100% học viên đạt yêu cầu, trong đó 38 học viên đạt loại giỏi."),
            Raw('<p align="right"><strong>Bài, ảnh: Lê Thu Hà</strong></p>'),
        ],
        authors=["Lê Thu Hà"], photographers=["Lê Thu Hà"],
        summary="Sau 10 ngày học tập, 96 học viên lớp Bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 "
                "đã hoàn thành chương trình.",
        sapo_outside=True,
        opts={"date": "03/12/2026 02:30:00 CH", "upd": "04/12/2026 09:10:12 SA", "over": "TIN HOẠT ĐỘNG",
              "featured": True},
    ),
    Story(
        2, "t2", "Hội thảo khoa học: Nâng cao chất lượng đội ngũ giảng viên trường chính trị trong giai đoạn mới",
        "tt", "2026-11-27T09:00:00+07:00",
        [
            P("Sáng 27/11, Trường Chính trị tỉnh Lào Cai tổ chức Hội thảo khoa học cấp trường với chủ đề "
              "“Nâng cao chất lượng đội ngũ giảng viên trường chính trị trong giai đoạn mới”."),
            P("Hội thảo nhận được 24 tham luận của giảng viên các khoa, phòng và giảng viên kiêm chức."),
            P("Các ý kiến tập trung phân tích thực trạng đội ngũ giảng viên; những hạn chế trong việc đi "
              "thực tế, nghiên cứu khoa học và ứng dụng công nghệ thông tin vào giảng dạy."),
            P("Phát biểu kết luận, đồng chí Hiệu trưởng đề nghị các khoa xây dựng kế hoạch bồi dưỡng chuyên môn "
              "cho từng giảng viên, gắn với tiêu chí trường chính trị chuẩn."),
            P("Nhà trường sẽ tổng hợp các ý kiến để đề xuất Tỉnh ủy ban hành cơ chế hỗ trợ giảng viên "
              "đi nghiên cứu thực tế tại cơ sở."),
            Raw('<p align="right"><strong>Nguyễn Minh Tuấn</strong></p>'),
        ],
        authors=["Nguyễn Minh Tuấn"],
        opts={"date": "27/11/2026 09:00:00 SA", "upd": "27/11/2026 04:41:05 CH", "split": 3, "featured": True},
    ),
    Story(
        3, "t3", "Chi bộ Phòng Đào tạo - Nghiên cứu khoa học tổ chức sinh hoạt chuyên đề quý IV", "tt",
        "2026-11-20T12:15:00+07:00",
        [
            P("Thực hiện kế hoạch của Đảng ủy Trường, Chi bộ Phòng Đào tạo - Nghiên cứu khoa học tổ chức "
              "sinh hoạt chuyên đề quý IV năm 2026."),
            Img("/vgnmedia/truongchinhtri/2026/11/sinhhoat_cb.jpg", "Ảnh: Thu Hằng", None, "line"),
            P("Chuyên đề tập trung vào nội dung “Nâng cao vai trò nêu gương của cán bộ, đảng viên”."),
            P("Các đảng viên đã thảo luận sôi nổi,"),
            P("đồng thời đăng ký những việc làm cụ thể để thực hiện trong năm 2027.", "br"),
            Raw('<p align="right"><b>Thu Hằng</b></p>'),
        ],
        authors=["Thu Hằng"], photographers=["Thu Hằng"],
        opts={"date": "20/11/2026 12:15:00 CH", "upd": "21/11/2026 08:02:44 SA", "mostread": True},
    ),
    Story(
        4, "t4", "Đoàn công tác Học viện Chính trị khu vực I làm việc tại Trường Chính trị tỉnh Lào Cai", "tt",
        "2026-11-12T07:45:00+07:00",
        [
            P("Ngày 12/11, Đoàn công tác Học viện Chính trị khu vực I do PGS.TS. Trần Văn Phòng, Phó Giám đốc "
              "Học viện làm trưởng đoàn đã có buổi làm việc với Trường Chính trị tỉnh Lào Cai."),
            P("Tại buổi làm việc, hai bên trao đổi về việc liên kết mở lớp Cao cấp lý luận chính trị và hợp tác "
              "nghiên cứu khoa học giai đoạn 2027 - 2030."),
            Img(fd("hv_kv1_01.jpg"), "Quang cảnh buổi làm việc", "Quang cảnh buổi làm việc", "center"),
            P("Đoàn đã tham quan phòng học thông minh và thư viện điện tử của Nhà trường."),
            Raw('<p align="right"><strong>Tin: Phạm Hùng - Ảnh: Minh Đức</strong></p>'),
        ],
        authors=["Phạm Hùng"], photographers=["Minh Đức"],
        opts={"date": "12/11/2026 07:45:00 SA", "upd": "13/11/2026 10:20:00 SA", "ewep": True},
    ),
    Story(
        5, "t5", "Hưởng ứng Ngày Pháp luật Việt Nam: Trường Chính trị phát động cuộc thi tìm hiểu pháp luật", "tt",
        "2026-10-28T16:20:00+07:00",
        [
            P("Hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam 9/11, Trường Chính trị tỉnh "
              "Lào Cai phát động cuộc thi trực tuyến tìm hiểu pháp luật trong cán bộ, viên chức và học viên."),
            P("Cuộc thi diễn ra từ ngày 01/11 đến hết ngày 15/11/2026 với 4 tuần thi."),
            P("Theo kế hoạch, Ban Tổ chức sẽ trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích."),
            Raw('<p align="right"><b>Hải Yến</b></p><p align="right"><em>Nguồn: Báo Lào Cai</em></p>'),
        ],
        authors=["Hải Yến"], source="Báo Lào Cai",
        opts={"date": "28/10/2026 04:20:00 CH", "upd": "02/11/2026 03:00:10 CH"},
    ),
    Story(
        6, "d1", "Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028", "dt",
        "2026-12-01T15:45:00+07:00",
        [
            P("Chiều 01/12, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh Lào Cai khai giảng "
              "lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2026 - 2028."),
            Img(fd("kg_caocap_01.jpg"), "Các đại biểu dự lễ khai giảng",
                "Các đại biểu dự lễ khai giảng", "table"),
            P("Lớp học có 112 học viên là cán bộ lãnh đạo, quản lý các sở, ban, ngành và huyện, thị xã."),
            Img(fd("kg_caocap_02.jpg"), "(Học viên chụp ảnh lưu niệm)", "Học viên chụp ảnh lưu niệm", "table"),
            P("Chương trình học gồm 4 khối kiến thức, thời gian học 24 tháng."),
            Raw('<p align="right"><strong>Vũ Thị Ngọc</strong></p>'),
        ],
        authors=["Vũ Thị Ngọc"],
        summary="112 học viên là cán bộ lãnh đạo, quản lý của tỉnh theo học lớp Cao cấp lý luận chính trị.",
        sapo_outside=True,
        opts={"date": "01/12/2026 03:45:00 CH", "upd": "02/12/2026 08:30:00 SA", "featured": True},
    ),
    Story(
        7, "d2", "Lớp Trung cấp lý luận chính trị - hành chính K52 nghiên cứu thực tế tại huyện Bắc Hà", "dt",
        "2026-11-24T08:00:00+07:00",
        [
            P("Từ ngày 22 đến 24/11, 65 học viên lớp Trung cấp lý luận chính trị - hành chính K52 đi nghiên cứu "
              "thực tế tại huyện Bắc Hà."),
            P("Đoàn đã làm việc với Huyện ủy Bắc Hà, tìm hiểu mô hình phát triển du lịch cộng đồng tại xã "
              "Tả Van Chư."),
            Img(fd("bacha_01.jpg"), "Học viên tìm hiểu mô hình trồng mận tam hoa", "Học viên tìm hiểu mô hình trồng mận tam hoa", "table"),
            P("Qua chuyến đi, học viên có thêm tư liệu để viết tiểu luận cuối khóa."),
            Raw('<p align="right"><strong>Bài và ảnh: Giàng Seo Phử</strong></p>'),
        ],
        authors=["Giàng Seo Phử"], photographers=["Giàng Seo Phử"],
        opts={"date": "24/11/2026 08:00:00 SA", "upd": "25/11/2026 02:12:00 CH", "mostread": True},
    ),
    Story(
        8, "n1",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong đào tạo, bồi dưỡng cán bộ cơ sở vùng dân tộc thiểu số",
        "nc", "2026-11-30T10:00:00+07:00",
        [
            P("Tư tưởng Hồ Chí Minh về cán bộ là cơ sở lý luận quan trọng cho công tác cán bộ của Đảng ta."),
            P("Người khẳng định: “Cán bộ là cái gốc của mọi công việc”.[1] Vì vậy, đào tạo, bồi dưỡng cán bộ "
              "là công việc gốc của Đảng."),
            P("1. Thực trạng đội ngũ cán bộ cơ sở vùng dân tộc thiểu số", "h"),
            P("Đội ngũ cán bộ cấp xã của tỉnh hiện có trên 4.800 người, trong đó cán bộ người dân tộc thiểu số "
              "chiếm 62%.[2]"),
            P("2. Một số giải pháp", "h"),
            P("Một là, đổi mới nội dung chương trình bồi dưỡng phù hợp với đặc điểm vùng cao."),
            P("Hai là, tăng cường đi thực tế, gắn lý luận với thực tiễn cơ sở."),
            P("Tài liệu tham khảo", "notes_h"),
            P("[1] Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.", "note"),
            P("[2] Ban Tổ chức Tỉnh ủy Lào Cai: Báo cáo số 215-BC/BTCTU, 2026.", "note"),
        ],
        authors=["Vàng Thị Mai"],
        opts={"java": "Mon Nov 30 10:00:00 ICT 2026", "upd": "01/12/2026 08:11:00 SA",
              "byline_top": "ThS. Vàng Thị Mai - Giảng viên Khoa Xây dựng Đảng", "over": "GÓC NHÌN",
              "mostread": True},
    ),
    Story(
        9, "n2", "Đổi mới phương pháp giảng dạy lý luận chính trị theo hướng phát huy tính tích cực của học viên",
        "nc", "2026-11-16T08:30:00+07:00",
        [
            P("Đổi mới phương pháp giảng dạy là yêu cầu cấp thiết đối với các trường chính trị hiện nay."),
            P("Thực tế cho thấy phương pháp thuyết trình một chiều vẫn còn phổ biến, chưa phát huy được kinh "
              "nghiệm thực tiễn của học viên là cán bộ đang công tác."),
            P("Để khắc phục, giảng viên cần kết hợp thuyết trình với thảo luận nhóm, xử lý tình huống và "
              "nghiên cứu trường hợp điển hình."),
            P("Bên cạnh đó, nhà trường cần đầu tư hạ tầng công nghệ thông tin, xây dựng kho bài giảng điện tử."),
            P("Đánh giá kết quả học tập cũng phải đổi mới theo hướng kiểm tra năng lực vận dụng."),
        ],
        authors=["Nguyễn Văn Long", "Lò Thị Hương"],
        opts={"java": "Mon Nov 16 08:30:00 ICT 2026", "upd": "17/11/2026 09:00:00 SA",
              "byline_top": "TS. Nguyễn Văn Long, ThS. Lò Thị Hương - Khoa Lý luận cơ sở", "split": 2},
    ),
    Story(
        10, "n3", "Một số giải pháp nâng cao chất lượng sinh hoạt chi bộ ở các thôn, bản vùng cao", "nc",
        "2026-10-22T15:00:00+07:00",
        [
            P("Chất lượng sinh hoạt chi bộ quyết định năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng."),
            P("Ở nhiều thôn, bản vùng cao, sinh hoạt chi bộ còn đơn điệu, nặng về thông báo tình hình."),
            P("Cần chuẩn bị kỹ nội dung, lựa chọn vấn đề thiết thực và phát huy trách nhiệm của bí thư chi bộ."),
        ],
        authors=["Hoàng Văn Sáng"],
        opts={"java": "Thu Oct 22 15:00:00 ICT 2026", "upd": "23/10/2026 08:00:00 SA",
              "byline_top": "CN. Hoàng Văn Sáng - Khoa Xây dựng Đảng"},
    ),
    Story(
        11, "n4", "Bảo tồn và phát huy giá trị văn hóa truyền thống các dân tộc thiểu số gắn với phát triển du lịch",
        "nc", "2026-10-08",
        [
            P("Lào Cai là địa bàn cư trú của 25 dân tộc với kho tàng văn hóa phong phú."),
            Img(fd("vanhoa_sapa.jpg"), "Lễ hội Gầu Tào của đồng bào Mông", "Lễ hội Gầu Tào của đồng bào Mông", "table"),
            P("Phát triển du lịch đã góp phần bảo tồn nhiều lễ hội, nghề thủ công truyền thống."),
            P("Tuy nhiên, nguy cơ thương mại hóa văn hóa đặt ra yêu cầu phải có chính sách phù hợp."),
        ],
        authors=["Trần Thị Thanh Hoa"],
        opts={"java": "Thu Oct 08 00:00:00 ICT 2026", "upd": "10/10/2026 09:30:00 SA",
              "byline_top": "ThS. Trần Thị Thanh Hoa - Khoa Nhà nước và pháp luật"},
    ),
    Story(
        12, "b1", "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 53", "tb",
        "2026-11-30",
        [
            P("Căn cứ Kế hoạch đào tạo năm 2027 được Ban Thường vụ Tỉnh ủy phê duyệt, Trường Chính trị tỉnh "
              "thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ tập trung khóa 53 như sau:"),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch các chức danh lãnh đạo cấp phòng."),
            P("2. Chỉ tiêu: 70 học viên."),
            P("3. Hồ sơ gửi về Phòng Quản lý đào tạo - Bồi dưỡng trước ngày 20/12/2026."),
        ],
        authors=["Nguyễn Văn Thắng"],
        opts={"date": "01/12/2026 08:05:00 SA", "upd": "01/12/2026 08:05:00 SA", "letter": True, "mostread": True},
    ),
    Story(
        13, "b2", "Lịch học lớp Bồi dưỡng cập nhật kiến thức cho cán bộ lãnh đạo, quản lý cấp phòng đợt 2", "tb",
        "2026-11-18T10:20:00+07:00",
        [
            P("Phòng Quản lý đào tạo - Bồi dưỡng thông báo lịch học lớp Bồi dưỡng cập nhật kiến thức đợt 2 như sau:"),
            P("Thời gian: từ ngày 07/12 đến ngày 11/12/2026.", "li"),
            P("Địa điểm: Hội trường A, Trường Chính trị tỉnh.", "li"),
            P("Học viên mang theo tài liệu và thẻ học viên.", "li"),
            Raw('<p>File đính kèm: <a href="/vgn-ext-templating/fileDownloader?vgnextoid='
                + guid("file/lich_hoc_dot2.pdf") + '&amp;fileName=lich_hoc_dot2.pdf">lich_hoc_dot2.pdf</a></p>'),
            Raw('<p style="text-align: right;"><strong>Phòng Quản lý đào tạo - Bồi dưỡng</strong></p>'),
        ],
        authors=["Phòng Quản lý đào tạo - Bồi dưỡng"],
        opts={"date": "18/11/2026 10:20:00 SA", "upd": "18/11/2026 10:25:00 SA"},
    ),
]
BY_SLUG = {s.slug: s for s in STORIES}
OID = {s.slug: guid("item/" + s.slug) for s in STORIES}


def item_path(slug: str, channel: str | None = None, fmt: str | None = "default") -> str:
    story = BY_SLUG[slug]
    ch = CH[channel or story.cat]
    target = f"{JSP}?vgnextoid={OID[slug]}&vgnextchannel={ch}"
    return target + (f"&vgnextfmt={fmt}" if fmt else "")


def item_href(slug: str, channel: str | None = None, fmt: str | None = "default") -> str:
    return REL + item_path(slug, channel, fmt)[len(JSP):].replace("&", "&amp;")


def channel_href(key: str, page: int | None = None) -> str:
    q = f"?vgnextchannel={CH[key]}&amp;vgnextrefresh=1"
    return REL + q + (f"&amp;pagenum={page}" if page else "")


def channel_items(key: str) -> list[Story]:
    if key == "nb":
        return [s for s in STORIES if s.opts.get("featured")]
    items = [s for s in STORIES if s.cat == key]
    return sorted(items, key=lambda s: s.published_at or "", reverse=True)


# --- non-article items -------------------------------------------------------------------------

NON = {
    "gioithieu": ("gt", "Giới thiệu chung", [
        "Trường Chính trị tỉnh Lào Cai được thành lập năm 1991 trên cơ sở hợp nhất Trường Đảng tỉnh "
        "và Trường Hành chính tỉnh.",
        "Nhà trường có chức năng đào tạo, bồi dưỡng cán bộ lãnh đạo, quản lý của hệ thống chính trị cơ sở.",
    ]),
    "cocau": ("gt", "Cơ cấu tổ chức", [
        "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
        "Các khoa: Khoa Xây dựng Đảng; Khoa Lý luận cơ sở; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        "Các phòng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo - Bồi dưỡng.",
    ]),
    "lienhe": ("gt", "Liên hệ", [
        "Địa chỉ: Đường Hoàng Liên, phường Bắc Cường, thành phố Lào Cai.",
        "Điện thoại: 0214.3820.456 - Email: truongchinhtri@laocai.gov.vn",
    ]),
    "qd125": ("vb", "Quyết định số 125/QĐ-TCT về việc ban hành Quy chế đào tạo", []),
    "kh98": ("vb", "Kế hoạch số 98-KH/TCT bồi dưỡng giảng viên năm 2027", []),
    "album": ("gt", "Album ảnh: Lễ kỷ niệm 35 năm thành lập Trường", []),
}
NOID = {k: guid("nonitem/" + k) for k in NON}


def non_path(key: str) -> str:
    return f"{JSP}?vgnextoid={NOID[key]}&vgnextchannel={CH[NON[key][0]]}&vgnextfmt=default"


def non_href(key: str) -> str:
    return REL + non_path(key)[len(JSP):].replace("&", "&amp;")


# --- chrome ------------------------------------------------------------------------------------


def head(request: Request, title: str, extra: str = "") -> str:
    return (
        '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html><head>\n'
        '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
        f"<title>{esc(title)}</title>\n"
        f'<base href="{base_url(request)}/vgn-ext-templating/">\n'
        '<link rel="stylesheet" type="text/css" href="/vgnmedia/truongchinhtri/css/style_tct.css">\n'
        '<script type="text/javascript" src="/vgn-ext-templating/common/js/vgn-ext.js"></script>\n'
        f"{extra}</head>\n"
    )


def menu() -> str:
    def sub(keys: list[str]) -> str:
        return "".join(f'<li><a href="{channel_href(k)}">{esc(CHANNELS[k])}</a></li>' for k in keys)

    gt = "".join(f'<li><a href="{non_href(k)}">{esc(NON[k][1])}</a></li>' for k in ("gioithieu", "cocau"))
    return (
        '<table id="tblMenu" width="100%" cellpadding="0" cellspacing="0"><tr><td>'
        '<ul class="mnNgang">'
        '<li><a href="/">Trang chủ</a></li>'
        f'<li><a href="{non_href("gioithieu")}">Giới thiệu</a><ul class="mnCon">{gt}</ul></li>'
        f'<li><a href="{channel_href("tt")}">Tin tức</a><ul class="mnCon">{sub(["tt", "tb"])}</ul></li>'
        f'<li><a href="{channel_href("dt")}">Đào tạo - Bồi dưỡng</a><ul class="mnCon">{sub(["dt"])}</ul></li>'
        f'<li><a href="{channel_href("nc")}">Nghiên cứu khoa học</a><ul class="mnCon">{sub(["nc"])}</ul></li>'
        f'<li><a href="{channel_href("vb")}">Văn bản</a></li>'
        f'<li><a href="{non_href("album")}">Thư viện ảnh</a></li>'
        f'<li><a href="{non_href("lienhe")}">Liên hệ</a></li>'
        "</ul></td></tr></table>"
    )


def header() -> str:
    return (
        '<div id="vgnHeader"><table width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
        '<td width="110"><img src="/vgnmedia/truongchinhtri/images/logo_tct.png" alt="Logo" width="96"></td>'
        f'<td><h1 class="tenTruong">TRƯỜNG CHÍNH TRỊ TỈNH LÀO CAI</h1>'
        '<div class="tenCongTTDT">Cổng Thông tin điện tử tỉnh Lào Cai</div></td>'
        f'<td align="right" valign="bottom"><span class="ngayHT">{TODAY_LINE}</span>'
        f'<form name="frmSearch" action="{REL}" method="get"><input type="hidden" name="vgnextchannel" '
        f'value="{guid("channel/search")}"><input type="text" name="q" size="18"> '
        '<input type="submit" value="Tìm"></form></td></tr></table></div>'
    )


def sidebar() -> str:
    mostread = "".join(
        f'<li><a href="{item_href(s.slug, fmt=None)}">{esc(s.title)}</a></li>'
        for s in STORIES if s.opts.get("mostread")
    )
    return (
        '<td id="vgnCotPhai" width="240" valign="top">'
        '<div class="portlet"><div class="ptTit">ĐỌC NHIỀU</div>'
        f'<ul class="dsDocNhieu">{mostread}</ul></div>'
        '<div class="portlet"><div class="ptTit">THĂM DÒ Ý KIẾN</div>'
        '<form action="#"><p>Bạn đánh giá thế nào về Cổng thông tin của Trường?</p>'
        '<input type="radio" name="bc" value="1"> Tốt<br><input type="radio" name="bc" value="2"> Bình thường<br>'
        '<input type="button" value="Biểu quyết" onclick="return false;"></form></div>'
        '<div class="portlet"><div class="ptTit">LIÊN KẾT WEBSITE</div>'
        '<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>'
        '<option value="http://www.laocai.gov.vn">Cổng TTĐT tỉnh Lào Cai</option>'
        '<option value="https://www.hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option></select></div>'
        '<div class="portlet"><div class="ptTit">THỐNG KÊ TRUY CẬP</div>'
        "<table><tr><td>Đang online:</td><td>17</td></tr><tr><td>Hôm nay:</td><td>412</td></tr>"
        "<tr><td>Tổng truy cập:</td><td>1.284.907</td></tr></table></div>"
        "</td>"
    )


def footer() -> str:
    return (
        '<div id="vgnFooter"><table width="980" align="center"><tr><td>'
        "<b>TRƯỜNG CHÍNH TRỊ TỈNH LÀO CAI</b><br>"
        "Địa chỉ: Đường Hoàng Liên, phường Bắc Cường, thành phố Lào Cai, tỉnh Lào Cai<br>"
        "Điện thoại: 0214.3820.456 - Fax: 0214.3820.457 - Email: truongchinhtri@laocai.gov.vn<br>"
        "Giấy phép số 18/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Lào Cai cấp. "
        "© Bản quyền thuộc Trường Chính trị tỉnh Lào Cai.</td>"
        '<td align="right" valign="bottom"><span class="pw">Powered by Vignette</span></td></tr></table></div>'
    )


def page(request: Request, title: str, main: str) -> Response:
    doc = (
        head(request, title)
        + '<body leftmargin="0" topmargin="0"><div id="vgnWrap">'
        + header()
        + menu()
        + '<table id="vgnBody" width="980" align="center" cellpadding="0" cellspacing="0"><tr>'
        + f'<td id="vgnCotGiua" valign="top">{main}</td>'
        + sidebar()
        + "</tr></table>"
        + footer()
        + "</div></body></html>"
    )
    return html(doc)


# --- article rendering -------------------------------------------------------------------------


def render_blocks(story: Story, blocks: list) -> str:
    ewep = 2 if story.opts.get("ewep") else 0
    out: list[str] = []
    notes_open = False
    for block in blocks:
        if isinstance(block, Raw):
            out.append(block.html)
        elif isinstance(block, Img):
            if block.style == "table":
                out.append(
                    '<table class="tblAnh" align="center" border="0" cellpadding="3" cellspacing="0" width="500">'
                    f'<tbody><tr><td><img src="{block.src}" border="0" width="500" alt=""></td></tr>'
                    f'<tr><td align="center"><em>{text(block.printed or "", entities=ewep)}</em></td></tr>'
                    "</tbody></table>"
                )
            elif block.style == "center":
                out.append(
                    f'<p style="text-align: center;"><img src="{block.src}" width="480" alt=""></p>'
                    f'<p style="text-align: center;"><span style="font-size: 9pt;"><i>'
                    f"{text(block.printed or '', entities=ewep)}</i></span></p>"
                )
            else:  # "line": the credit line under the photo
                out.append(
                    f'<div align="center"><img src="{block.src}" width="480" alt="anh"><br>'
                    f"<i>{text(block.printed or '')}</i></div>"
                )
        else:
            body = text(block.text, entities=ewep)
            if block.style == "h":
                out.append(f'<p><strong>{body}</strong></p>')
            elif block.style == "li":
                if out and out[-1].endswith("</ul>"):
                    out[-1] = out[-1][: -len("</ul>")] + f"<li>{body}</li></ul>"
                else:
                    out.append(f'<ul type="disc"><li>{body}</li></ul>')
            elif block.style == "br":
                out[-1] = out[-1][: -len("</p>")] + f"<br>\n{body}</p>"
            elif block.style == "notes_h":
                notes_open = True
                out.append('<div style="mso-element:footnote-list"><br clear="all"><hr align="left" size="1" '
                           f'width="33%"><p class="MsoNormal"><b>{body}</b></p>')
            elif block.style == "note":
                n = block.text[1 : block.text.index("]")]
                rest = text(block.text[block.text.index("]") + 1 :].strip())
                out.append(f'<div id="ftn{n}"><p class="MsoFootnoteText"><a href="#_ftnref{n}" name="_ftn{n}" '
                           f'title="">[{n}]</a> {rest}</p></div>')
            else:
                # footnote calls "[n]" become Word's anchors
                for n in ("1", "2"):
                    body = body.replace(f"[{n}]", f'<a href="#_ftn{n}" name="_ftnref{n}" title="">'
                                                  f'<span class="MsoFootnoteReference"><sup>[{n}]</sup></span></a>')
                out.append(f'<p class="MsoNormal" style="text-align: justify;">{body}</p>')
    if notes_open:
        out.append("</div>")
    return "\n".join(out)


LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>'
    '<td width="45%" align="center" valign="top">TỈNH ỦY LÀO CAI<br><strong>TRƯỜNG CHÍNH TRỊ</strong><br>*<br>'
    "Số: 215-TB/TCT</td>"
    '<td align="center" valign="top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br>'
    "<em>Lào Cai, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p align="center"><strong>THÔNG BÁO</strong><br><strong>Tuyển sinh lớp Trung cấp lý luận chính trị - '
    "hành chính hệ tập trung khóa 53</strong></p>"
)
LETTER_CLOSE = (
    '<table border="0" width="100%"><tbody><tr><td valign="top" width="50%"><p><u><em>Nơi nhận:</em></u><br>'
    "- Ban Tổ chức Tỉnh ủy (b/c);<br>- Các huyện ủy, thị ủy, thành ủy;<br>- Lưu VP.</p></td>"
    '<td align="center" valign="top"><p><strong>T/M BAN GIÁM HIỆU<br>HIỆU TRƯỞNG</strong><br><br>'
    "<em>(Đã ký)</em><br><br><strong>Nguyễn Văn Thắng</strong></p></td></tr></tbody></table>"
)


def related_box(story: Story) -> str:
    others = [s for s in STORIES if s.cat == story.cat and s is not story][:2]
    items = "".join(f'<li><a href="{item_href(s.slug)}">{esc(s.title)}</a></li>' for s in others)
    return f'<div class="vgnLienQuan"><div class="lqTit">Bài liên quan:</div><ul>{items}</ul></div>'


def text_fields(story: Story) -> str:
    """The VCM text attributes; a split text has the related box between its two halves."""
    blocks = story.blocks
    split = story.opts.get("split")
    if split:
        return "\n".join([
            f'<div id="vgnFld_NOIDUNG" class="vgnFld">{render_blocks(story, blocks[:split])}</div>',
            related_box(story),
            f'<div id="vgnFld_NOIDUNG_TIEP" class="vgnFld">{render_blocks(story, blocks[split:])}</div>',
        ])
    inner = render_blocks(story, blocks)
    if story.opts.get("letter"):
        inner = LETTERHEAD + inner + LETTER_CLOSE
    return f'<div id="vgnFld_NOIDUNG" class="vgnFld">{inner}</div>'


def meta_table(story: Story) -> str:
    o = story.opts
    pub = o.get("java") or o["date"]
    rows = [("Ngày xuất bản:", pub), ("Ngày cập nhật:", o["upd"])]
    if story.cat == "dt":
        rows = [("Ngày cập nhật:", o["upd"]), ("Ngày đăng:", pub)]
    if story.cat in ("tt", "dt"):
        rows += [("Biên tập:", "Hoàng Văn Nam"), ("Người duyệt:", "Đỗ Mạnh Cường")]
    rows.append(("Lượt xem:", str(story.views())))
    cells = "".join(f'<tr><td class="ttNhan">{a}</td><td class="ttGiaTri">{esc(b)}</td></tr>' for a, b in rows)
    return f'<table class="ctThongTin" cellpadding="2" cellspacing="0">{cells}</table>'


def top_part(story: Story) -> str:
    o = story.opts
    out = []
    if o.get("over"):
        out.append(f'<div class="ctTitPhu">{esc(o["over"])}</div>')
    out.append(f'<div class="ctTit">{esc(story.title)}</div>')
    out.append(meta_table(story))
    if o.get("byline_top"):
        name, _, post = o["byline_top"].partition(" - ")
        out.append(f'<p class="ctTG"><b>{esc(name)}</b> - <i>{esc(post)}</i></p>')
    if story.summary and story.sapo_outside:
        out.append(f'<div class="ctTomTat"><b>{esc(story.summary)}</b></div>')
    return "\n".join(out)


def article_page(request: Request, story: Story) -> Response:
    cat = CHANNELS[story.cat]
    others = [s for s in channel_items(story.cat) if s is not story][:2]
    tinkhac = "".join(
        f'<li><a href="{item_href(s.slug)}">{esc(s.title)}</a> <span class="ngay">({(s.published_at or "")[:10]})</span></li>'
        for s in others
    )
    main = (
        f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="{channel_href(story.cat)}">{esc(cat)}</a></div>'
        '<div id="vgnContent">'
        + top_part(story)
        + text_fields(story)
        + '<div class="ctCongCu"><a href="' + item_href(story.slug, fmt="print") + '" target="_blank">'
        '<img src="/vgnmedia/truongchinhtri/images/icon_print.gif" alt=""> In trang</a> | '
        '<a href="javascript:sendMail();">Gửi email</a> | <a href="#top">Về đầu trang</a> | '
        '<a href="https://www.facebook.com/sharer/sharer.php" target="_blank">Chia sẻ Facebook</a></div>'
        f'<div class="tinkhac"><div class="tkTit">Các tin khác</div><ul>{tinkhac}</ul></div>'
        "</div>"
    )
    return page(request, f"{SITE} - {cat}", main)


def print_page(request: Request, story: Story) -> Response:
    o = story.opts
    doc = (
        head(request, f"{SITE} - {CHANNELS[story.cat]}")
        + '<body onload="window.print()"><div id="vgnPrint">'
        '<div class="prHead">TRƯỜNG CHÍNH TRỊ TỈNH LÀO CAI</div>'
        + (f'<div class="ctTitPhu">{esc(o["over"])}</div>' if o.get("over") else "")
        + f'<div class="ctTit">{esc(story.title)}</div>'
        + f'<div class="ctNgay">{esc(o.get("java") or o["date"])}</div>'
        + (f'<p class="ctTG"><b>{esc(o["byline_top"].partition(" - ")[0])}</b></p>' if o.get("byline_top") else "")
        + (f'<div class="ctTomTat"><b>{esc(story.summary)}</b></div>' if story.summary and story.sapo_outside else "")
        + (LETTERHEAD if o.get("letter") else "")
        + render_blocks(story, story.blocks)
        + (LETTER_CLOSE if o.get("letter") else "")
        + '<hr><div class="prFoot">© Trường Chính trị tỉnh Lào Cai</div></div></body></html>'
    )
    return html(doc)


# --- listings and other pages ----------------------------------------------------------------


def list_entry(story: Story, channel: str) -> str:
    thumb = f"/vgnmedia/thumbs/{story.slug}_t.jpg"
    return (
        '<table class="dsTin" width="100%"><tr>'
        f'<td width="110" valign="top"><a href="{item_href(story.slug, channel)}"><img src="{thumb}" width="100" alt=""></a></td>'
        f'<td valign="top"><a class="dsTit" href="{item_href(story.slug, channel)}">{esc(story.title)}</a> '
        f'<span class="ngay">({esc(story.opts["upd"][:10])})</span>'
        f'<div class="dsTomTat">{esc(story.summary or story.paragraphs[0][:140] + "...")}</div></td></tr></table>'
    )


def listing_page(request: Request, key: str, pagenum: int) -> Response | None:
    name = CHANNELS[key]
    if key == "vb":
        rows = "".join(
            f'<tr><td>{i}</td><td><a href="{non_href(k)}">{esc(NON[k][1])}</a></td><td>2026</td></tr>'
            for i, k in enumerate(("qd125", "kh98"), 1)
        )
        main = (f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(name)}</div>'
                f'<table class="tblVB" border="1"><tr><th>STT</th><th>Trích yếu</th><th>Năm</th></tr>{rows}</table>')
        return page(request, f"{SITE} - {name}", main) if pagenum == 1 else None
    if key == "gt":
        return None
    items = channel_items(key)
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if not 1 <= pagenum <= pages:
        return None
    chunk = items[(pagenum - 1) * PAGE_SIZE : pagenum * PAGE_SIZE]
    entries = "".join(list_entry(s, key) for s in chunk)
    links = []
    for n in range(1, pages + 1):
        links.append(f"<b>{n}</b>" if n == pagenum else f'<a href="{channel_href(key, n)}">{n}</a>')
    # Vignette clamps pagenum: "Trang sau" on the last page points at that page again
    nxt = min(pagenum + 1, pages)
    pager = (f'<div class="phantrang">Trang {pagenum}/{pages} &nbsp; {" ".join(links)} &nbsp; '
             f'<a href="{channel_href(key, nxt)}">Trang sau &raquo;</a></div>')
    main = f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(name)}</div>' + entries + pager
    return page(request, f"{SITE} - {name}", main)


def home_page(request: Request) -> Response:
    featured = "".join(
        f'<li><a href="{item_href(s.slug, "nb")}"><img src="/vgnmedia/thumbs/{s.slug}_t.jpg" width="120" alt="">'
        f"</a><a href=\"{item_href(s.slug, 'nb')}\">{esc(s.title)}</a></li>"
        for s in channel_items("nb")
    )
    boxes = []
    for key in ("tt", "dt", "nc", "tb"):
        latest = channel_items(key)[:2]
        lis = "".join(f'<li><a href="{item_href(s.slug)}">{esc(s.title)}</a></li>' for s in latest)
        boxes.append(f'<div class="hopTin"><div class="hopTit"><a href="{channel_href(key)}">{esc(CHANNELS[key])}</a></div>'
                     f"<ul>{lis}</ul><div class=\"xemtiep\"><a href=\"{channel_href(key)}\">Xem tiếp »</a></div></div>")
    main = (f'<div class="tinNoiBat"><div class="hopTit"><a href="{channel_href("nb")}">TIN NỔI BẬT</a></div>'
            f"<ul>{featured}</ul></div>" + "".join(boxes))
    return page(request, f"{SITE} - Trang chủ", main)


def non_page(request: Request, key: str) -> Response:
    ch, title, paras = NON[key]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    if key in ("qd125", "kh98"):
        fname = f"{key}.pdf"
        body = (
            '<table class="ttVanBan" border="1" cellpadding="4">'
            f"<tr><td>Số ký hiệu</td><td>{'125/QĐ-TCT' if key == 'qd125' else '98-KH/TCT'}</td></tr>"
            "<tr><td>Ngày ban hành</td><td>15/10/2026</td></tr>"
            "<tr><td>Cơ quan ban hành</td><td>Trường Chính trị tỉnh Lào Cai</td></tr>"
            f"<tr><td>Trích yếu</td><td>{esc(title)}</td></tr>"
            f'<tr><td>File đính kèm</td><td><a href="/vgn-ext-templating/fileDownloader?vgnextoid='
            f'{guid("file/" + fname)}&amp;fileName={fname}">{fname}</a></td></tr></table>'
        )
    elif key == "album":
        body = "".join(
            f'<div class="anhAlbum"><img src="/vgnmedia/truongchinhtri/album/35nam_{i}.jpg" width="200" alt=""></div>'
            for i in range(1, 7)
        )
    main = (f'<div class="duongdan"><a href="/">Trang chủ</a> &raquo; {esc(CHANNELS[ch])}</div>'
            f'<div class="ctTit">{esc(title)}</div><div class="vgnFld">{body}</div>')
    return page(request, f"{SITE} - {CHANNELS[ch]}", main)


# --- the site ---------------------------------------------------------------------------------

ITEM_BY_OID = {v: k for k, v in OID.items()}
NON_BY_OID = {v: k for k, v in NOID.items()}
CH_BY_GUID = {v: k for k, v in CH.items()}


class VignetteSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/" and not request.query:
            return home_page(request)
        if path == "/vgn-ext-templating/fileDownloader":
            return self.file(request)
        if path == JSP:
            return self.jsp(request)
        if path.startswith("/vgnmedia/") or path.startswith("/vgn-ext-templating/common/"):
            return static_file(path)
        return None

    def file(self, request: Request) -> Response | None:
        name = request.params.get("fileName", "")
        if request.params.get("vgnextoid") != guid("file/" + name):
            return None
        if name.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        return static_file(name)

    def jsp(self, request: Request) -> Response | None:
        params = request.params
        oid = params.get("vgnextoid")
        ch = params.get("vgnextchannel")
        if oid:
            if set(params) - {"vgnextoid", "vgnextchannel", "vgnextfmt"}:
                return None
            fmt = params.get("vgnextfmt", "default")
            if oid in ITEM_BY_OID:
                story = BY_SLUG[ITEM_BY_OID[oid]]
                allowed = {CH[story.cat]} | ({CH["nb"]} if story.opts.get("featured") else set())
                if ch not in allowed or fmt not in ("default", "print"):
                    return None
                return print_page(request, story) if fmt == "print" else article_page(request, story)
            if oid in NON_BY_OID:
                key = NON_BY_OID[oid]
                if ch != CH[NON[key][0]] or fmt != "default":
                    return None
                return non_page(request, key)
            return None
        if ch in CH_BY_GUID and params.get("vgnextrefresh") == "1":
            if set(params) - {"vgnextchannel", "vgnextrefresh", "pagenum"}:
                return None
            raw = params.get("pagenum", "1")
            if not raw.isdigit():
                return None
            return listing_page(request, CH_BY_GUID[ch], int(raw))
        return None


def build_site() -> VignetteSite:
    return VignetteSite()


# --- gold --------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [item_path(story.slug, fmt="print")]
    if story.opts.get("featured"):
        alts.append(item_path(story.slug, "nb"))
        alts.append(item_path(story.slug, "nb", fmt="print"))
    alts.append(item_path(story.slug, fmt=None))
    return alts


GOLD = [
    gold_record(s, item_path(s.slug), CHANNELS[s.cat], alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [non_path(k) for k in NON]

assert len(GOLD) == 13
assert date(2026, 12, 5).weekday() == 5  # the header's "Thứ Bảy"
