"""Trường Chính trị tỉnh Đắk Nông on Ametys CMS 4 (News service, integrator's Bootstrap skin).

Platform
--------
Ametys CMS 4.x (Java, Cocoon pipelines). The integrator's skin ("tct-daknong") is Bootstrap 4 with
Vietnamese-abbreviated class names (``tct-nd`` = nội dung, ``tct-ttin`` = thông tin, ``ghichu-a``
= ghi chú ảnh). Pages are Ametys sitemap pages, every one ending in ``.html``; the root ``/``
answers 302 to the language's home ``/vi/index.html`` as Ametys does.

URL scheme
----------
- ``/vi/index.html`` home; ``/`` redirects there.
- ``/vi/tin-tuc.html`` the News service list (5 a page); ``/vi/tin-tuc.html?page=<N>`` (N = 1..3)
  its pages; the "Xem thêm tin" button is a link to the search service's fragment
  ``/vi/tin-tuc/_plugins/web/search-page/tin-tuc/<N>.html`` (N = 2..3): the list items alone,
  no chrome, as the Ajax pager loads them.
- ``/vi/tin-tuc/<category>.html`` category pages (the 3 newest of the category, no paging).
- ``/vi/tin-tuc/<slug>.html`` an article; ``/vi/tin-tuc/<slug>.print.html`` its print view
  (Ametys' ``.print.html`` rendering); ``/vi/tin-tuc/_content/news-<id>.html`` the same content
  rendered through the content view (used by the "Đọc nhiều" sidebar).
- ``/vi/gioi-thieu/<slug>.html`` intro pages; ``/vi/lien-he.html``; ``/vi/van-ban/<slug>.html`` a
  document entry; ``/vi/thu-vien-anh/<slug>.html`` a photo album; ``/vi/tim-kiem.html`` search.
- Images under ``/_contents-images/ametys-internal%253Asites/...`` (double-encoded ids, as
  Ametys prints them), skin files under ``/skins/tct-daknong/resources/``.

Page templates
--------------
Every page: top bar with today's date ("Thứ Bảy, 05/12/2026"), logo header, Bootstrap navbar
with drop-downs, breadcrumb ``ol.tct-dd``, main zone ``#ametys-zone-default`` and a right zone
``#ametys-zone-phai`` (Đọc nhiều, Lời Bác dạy, Liên kết, Thăm dò ý kiến, Thống kê truy cập),
footer with address, phone, email and copyright. An article is ``div.tct-ct-tin``: ``h1.tct-td1``,
info line ``div.tct-ttin`` (Ngày đăng, Lượt xem, sometimes "Người đăng"), optional abstract
``div.tct-mota``, rich text ``div.tct-nd``, "Cập nhật lần cuối" line, tool bar, tags, "Tin mới"
list.

How each gold article is reached
--------------------------------
Home lists the 6 newest (1–6); the "Đọc nhiều" sidebar links 2, 3, 7, 9 through their
``_content`` URLs; category pages list the 3 newest of each category; every article's "Tin mới"
box lists the newest 5. Articles 11 and 13 are only on page 3 of ``/vi/tin-tuc.html`` (or its
search-page fragment 3).

Traps
-----
1. Category pages have the article URL shape (``/vi/tin-tuc/dao-tao-boi-duong.html``): they are
   listings, in neither GOLD nor NON_ARTICLES.
2. Paging is split: ``?page=N`` full pages (plus ``?page=1`` duplicating the first list) and the
   search service's chrome-less fragments ``/_plugins/web/search-page/tin-tuc/N.html``; articles
   11 and 13 are reachable only there.
3. Every article answers at three URLs: ``<slug>.html``, ``<slug>.print.html`` and
   ``_content/news-<id>.html`` (sidebar); all print ``<link rel="canonical">`` to ``<slug>.html``.
   Gold: ``<slug>.html``, the other two in ``alt_paths``.
4. Dates: ``<meta name="DC.date.created">`` holds the draft's creation day (days earlier) and a
   "Cập nhật lần cuối" line a later day; the header prints today. Gold: the "Ngày đăng" stamp.
   Article 4 prints "28/11/2026 00:00": the day alone. Article 10 prints only a day.
5. Article 1 is an official notice: letterhead table ("ĐẢNG BỘ TỈNH ĐẮK NÔNG / TRƯỜNG CHÍNH TRỊ
   | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: …", "Đắk Nông, ngày 02 tháng 12 năm 2026"), kind and subject,
   then "Nơi nhận" and the signer. Gold: date 2026-12-02 (not the "Ngày đăng" 04/12), signer
   "Trần Thị Minh Hải" the author, letterhead/closing not body.
6. Bylines: degrees stripped ("TS. Phạm Quốc Bảo" -> "Phạm Quốc Bảo"), unit or post after a dash
   or comma dropped, "Tin, ảnh: Phòng Quản lý đào tạo" and "Bài, ảnh: X" -> authors and
   photographers, "Tin: X - Ảnh: Y" -> [X], [Y]; a unit signing alone ("Phòng Tổ chức - Hành
   chính") is the author; the CMS account "Người đăng: bientap.tct" is nobody.
7. Captions in four shapes: a two-row table (image row, ``td.ghichu-a`` row), a centred ``<em>``
   line in parentheses (taken off), a credit-only line "Ảnh: H'Lim Byă" (caption None, a
   photographer), an image with only ``alt``/``title`` (caption None).
8. Text boundaries: inside ``div.tct-nd`` the editors left a "Xem thêm: <link>" line, an
   attachment line "Tệp đính kèm: … (312 Ko)" (French unit leak), the closing source line
   "Theo Báo Đắk Nông" (source, not body) next to a body paragraph that starts "Theo kế hoạch …".
   Below the text, "Từ khóa", the tools and the "Tin mới" list are chrome.
9. The right zone's "Lời Bác dạy" portlet prints long paragraphs of prose on every page: chrome.
10. Article 8's text is stored decomposed (NFD, pasted from a Mac): gold is NFC.
11. Footnotes: article 7 calls notes as "[1]" in its sentences (kept) and ends with "Tài liệu
    tham khảo" (body); article 12 calls them with bare ``<sup><a>1</a></sup>`` numbers (not text)
    and ends with "Chú thích" notes (body).
12. Sapo: article 2 has an abstract ``div.tct-mota`` outside the text (summary, first body
    paragraph); article 5 opens with a bold lead paragraph (summary); others have only a meta
    description cut from the first paragraph (summary None).
13. Article 11 splits a paragraph with ``<br>`` (two paragraphs) and quotes in a ``blockquote``;
    article 5 has a results table (cells joined " | ").

Gold decisions on ambiguous points
----------------------------------
- Category: the breadcrumb's last section ("Đào tạo - Bồi dưỡng", "Nghiên cứu khoa học", "Hoạt
  động của Trường", "Thông báo"), not "Tin tức".
- Article 6 prints the reporter "Thanh Hương" then "Theo Báo Đắk Nông": author Thanh Hương,
  source "Báo Đắk Nông".
- Article 4: "Tin: Đinh Quang Huy - Ảnh: H'Lim Byă" plus the credit line under its photo: the
  photographer once.
- Article 1's notice lines "THÔNG BÁO" / "Về việc …" are not body; its numbered points are.
- The print view and the content view are the same article (alt_paths), the search-page
  fragments and category pages are listings.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect

from ._common import PDF, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "ametys_tct"
PLATFORM = "Ametys CMS 4 (News service, Bootstrap skin)"
START_PATH = "/"

SITE = "Trường Chính trị tỉnh Đắk Nông"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

CATS = {
    "dao-tao-boi-duong": "Đào tạo - Bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "hoat-dong-cua-truong": "Hoạt động của Trường",
    "thong-bao": "Thông báo",
}


def _img(sid: int, name: str) -> str:
    return (
        "/_contents-images/ametys-internal%253Asites/tct/ametys-internal%253Acontents/"
        f"news-{sid}/_attachments/{name}.jpg"
    )


def _right(html_: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{html_}</p>')


# --- the thirteen articles -------------------------------------------------------------------

_NOTICE_HEAD = Raw(
    '<table style="width:100%;border:none" class="tct-qd"><tbody><tr>'
    '<td style="text-align:center;width:45%">ĐẢNG BỘ TỈNH ĐẮK NÔNG<br><strong>TRƯỜNG CHÍNH TRỊ</strong>'
    "<br>*<br>Số: 214-TB/TCT</td>"
    '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br>'
    "<em>Đắk Nông, ngày 02 tháng 12 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về việc tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính "
    "khóa 48 (hệ tập trung)</strong></p>"
)
_NOTICE_FOOT = Raw(
    '<table style="width:100%;border:none"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Giám hiệu;<br>- Các khoa, phòng;<br>- Học viên lớp TC K48;<br>- Lưu VT, QLĐT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>T/M BAN GIÁM HIỆU<br>PHÓ HIỆU TRƯỞNG'
    "</strong><br><br><em>(đã ký)</em><br><br><strong>Trần Thị Minh Hải</strong></td>"
    "</tr></tbody></table>"
)

STORIES: list[Story] = [
    Story(
        1,
        "thong-bao-to-chuc-thi-tot-nghiep-lop-trung-cap-llct-hc-khoa-48",
        "Thông báo tổ chức thi tốt nghiệp lớp Trung cấp lý luận chính trị - hành chính khóa 48",
        "thong-bao",
        "2026-12-02",
        [
            _NOTICE_HEAD,
            P(
                "Căn cứ Kế hoạch đào tạo năm 2026 của Trường Chính trị tỉnh Đắk Nông; căn cứ kết quả "
                "học tập của học viên lớp Trung cấp lý luận chính trị - hành chính khóa 48 (hệ tập trung), "
                "Ban Giám hiệu thông báo lịch thi tốt nghiệp như sau:"
            ),
            P("1. Thời gian: Từ ngày 14/12/2026 đến ngày 18/12/2026 (buổi sáng bắt đầu lúc 7 giờ 30)."),
            P("2. Địa điểm: Hội trường B, Trường Chính trị tỉnh Đắk Nông."),
            P(
                "3. Môn thi: Những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; "
                "Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt Nam; Kỹ năng "
                "lãnh đạo, quản lý và nghiệp vụ chuyên môn."
            ),
            P(
                "Phòng Quản lý đào tạo - Nghiên cứu khoa học chủ trì, phối hợp với các khoa chuẩn bị "
                "đề thi, phòng thi và thông báo đến từng học viên. Đề nghị các đơn vị, cá nhân liên "
                "quan nghiêm túc thực hiện."
            ),
            _NOTICE_FOOT,
        ],
        authors=["Trần Thị Minh Hải"],
        opts={"stamp": "04/12/2026 10:20", "created": "2026-12-02", "modified": "2026-12-04"},
    ),
    Story(
        2,
        "be-giang-lop-trung-cap-llct-hc-khoa-47-tai-huyen-dak-mil",
        "Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 47 tại huyện Đắk Mil",
        "dao-tao-boi-duong",
        "2026-12-03T14:30:00+07:00",
        [
            P(
                "Sáng 03/12, tại Trung tâm Chính trị huyện Đắk Mil, Trường Chính trị tỉnh tổ chức Lễ "
                "bế giảng và trao bằng tốt nghiệp cho 68 học viên hoàn thành chương trình."
            ),
            Img(
                _img(2, "be-giang-k47-01"),
                "Đồng chí Nguyễn Văn Lực, Hiệu trưởng Nhà trường phát biểu tại buổi lễ",
                "Đồng chí Nguyễn Văn Lực, Hiệu trưởng Nhà trường phát biểu tại buổi lễ",
                "bang",
            ),
            P(
                "Lớp học khai giảng từ tháng 3/2025, học theo hình thức không tập trung vào các ngày "
                "cuối tuần. Trong suốt khóa học, học viên đã nghiên cứu 4 phần học với 19 học phần, "
                "đi nghiên cứu thực tế tại tỉnh Lâm Đồng và viết tiểu luận cuối khóa."
            ),
            P(
                "Kết quả, 100% học viên đủ điều kiện tốt nghiệp, trong đó có 21 học viên đạt loại giỏi, "
                "45 học viên đạt loại khá, 2 học viên đạt loại trung bình."
            ),
            Img(
                _img(2, "be-giang-k47-02"),
                "Trao giấy khen cho các học viên có thành tích xuất sắc",
                "Trao giấy khen cho các học viên có thành tích xuất sắc",
                "bang",
            ),
            P(
                "Phát biểu bế giảng, đồng chí Hiệu trưởng đề nghị học viên tiếp tục tự học, vận dụng "
                "kiến thức đã học vào thực tiễn công tác tại cơ quan, đơn vị và địa phương."
            ),
            _right("<strong>Tin, ảnh: Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        photographers=["Phòng Quản lý đào tạo"],
        summary=(
            "Ngày 03/12/2026, Trường Chính trị tỉnh Đắk Nông phối hợp với Trung tâm Chính trị "
            "huyện Đắk Mil tổ chức Lễ bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 47."
        ),
        sapo_outside=True,
        opts={"stamp": "03/12/2026 14:30", "created": "2026-11-29", "modified": "2026-12-04", "info": "abstract"},
    ),
    Story(
        3,
        "hoi-thao-khoa-hoc-cap-truong-hoc-tap-va-lam-theo-tu-tuong-ho-chi-minh",
        "Hội thảo khoa học cấp trường: Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
        "trong đội ngũ giảng viên",
        "nghien-cuu-khoa-hoc",
        "2026-12-01T08:00:00+07:00",
        [
            P(
                "Ngày 01/12/2026, Trường Chính trị tỉnh Đắk Nông tổ chức Hội thảo khoa học cấp trường "
                "với chủ đề \u201cHọc tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong đội "
                "ngũ giảng viên\u201d."
            ),
            P(
                "Hội thảo nhận được 27 bài tham luận của cán bộ, giảng viên trong trường và các Trung tâm "
                "Chính trị cấp huyện. Các tham luận tập trung làm rõ những giá trị của tư tưởng Hồ Chí Minh "
                "về đạo đức người thầy, về phương pháp giảng dạy lý luận gắn với thực tiễn."
            ),
            Img(
                _img(3, "hoi-thao-01"),
                "(Quang cảnh Hội thảo khoa học cấp trường)",
                "Quang cảnh Hội thảo khoa học cấp trường",
                "em",
            ),
            P(
                "Kết luận hội thảo, đồng chí chủ trì đề nghị các khoa tiếp thu ý kiến, bổ sung nội dung "
                "vào bài giảng và xây dựng chuyên đề bồi dưỡng đạo đức công vụ cho cán bộ cơ sở."
            ),
            _right("<strong>TS. Phạm Quốc Bảo</strong> - Khoa Xây dựng Đảng"),
        ],
        authors=["Phạm Quốc Bảo"],
        opts={"stamp": "01/12/2026 08:00", "created": "2026-11-30", "modified": "2026-12-02"},
    ),
    Story(
        4,
        "giang-vien-tham-gia-thuc-te-tai-xa-quang-son-huyen-dak-glong",
        "Giảng viên tham gia đi thực tế tại xã Quảng Sơn, huyện Đắk Glong",
        "hoat-dong-cua-truong",
        "2026-11-28",
        [
            P(
                "Thực hiện Quy định về chế độ đi thực tế đối với giảng viên lý luận chính trị, từ ngày "
                "24 đến 28/11/2026, đoàn giảng viên Khoa Lý luận cơ sở đã tham gia đi thực tế tại xã "
                "Quảng Sơn, huyện Đắk Glong."
            ),
            Img(_img(4, "thuc-te-quang-son"), "Ảnh: H'Lim Byă", None, "credit"),
            P(
                "Tại địa phương, đoàn làm việc với Đảng ủy xã, tìm hiểu tình hình phát triển kinh tế - "
                "xã hội, công tác xây dựng Đảng, công tác dân tộc, tôn giáo và việc thực hiện chương "
                "trình mục tiêu quốc gia về xây dựng nông thôn mới."
            ),
            P(
                "Qua đợt thực tế, các giảng viên có thêm tư liệu sinh động để bổ sung vào bài giảng, "
                "góp phần nâng cao chất lượng đào tạo, bồi dưỡng cán bộ của tỉnh."
            ),
            _right("<em>Tin: Đinh Quang Huy - Ảnh: H'Lim Byă</em>"),
        ],
        authors=["Đinh Quang Huy"],
        photographers=["H'Lim Byă"],
        opts={"stamp": "28/11/2026 00:00", "created": "2026-11-27", "modified": "2026-11-29"},
    ),
    Story(
        5,
        "truong-chinh-tri-to-chuc-hoi-giang-giang-vien-gioi-nam-2026",
        "Trường Chính trị tổ chức Hội giảng giảng viên giỏi năm 2026",
        "dao-tao-boi-duong",
        "2026-11-25T15:45:00+07:00",
        [
            P(
                "Hội giảng giảng viên giỏi năm 2026 diễn ra trong 3 ngày với sự tham gia của 12 giảng "
                "viên đến từ 4 khoa chuyên môn.",
                "b",
            ),
            P(
                "Theo kế hoạch, mỗi giảng viên trình bày một bài giảng 45 phút trước Hội đồng giám khảo "
                "và được đánh giá theo các tiêu chí về nội dung, phương pháp, tác phong sư phạm."
            ),
            P("Kết quả Hội giảng như sau:"),
            P("Giải | Giảng viên | Khoa", "tr"),
            P("Nhất | Lê Thị Hồng Vân | Lý luận cơ sở", "tr"),
            P("Nhì | Y Bhin Niê | Dân vận", "tr"),
            P("Ba | Nguyễn Hữu Phước | Nhà nước và pháp luật", "tr"),
            P(
                "Các giảng viên đạt giải sẽ được Nhà trường cử tham dự Hội thi giảng viên lý luận chính "
                "trị giỏi toàn quốc năm 2027."
            ),
        ],
        summary=(
            "Hội giảng giảng viên giỏi năm 2026 diễn ra trong 3 ngày với sự tham gia của 12 giảng "
            "viên đến từ 4 khoa chuyên môn."
        ),
        opts={
            "stamp": "25/11/2026 15:45",
            "created": "2026-11-20",
            "modified": "2026-11-26",
            "poster": "bientap.tct",
        },
    ),
    Story(
        6,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
        "hoat-dong-cua-truong",
        "2026-11-20T09:10:00+07:00",
        [
            P(
                "Sáng 20/11, Trường Chính trị tỉnh Đắk Nông long trọng tổ chức Lễ kỷ niệm 44 năm Ngày "
                "Nhà giáo Việt Nam. Dự buổi lễ có đại diện lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy."
            ),
            Img(_img(6, "20-11-toan-canh"), None, None, "alt"),
            P(
                "Ôn lại truyền thống, buổi lễ khẳng định những đóng góp của đội ngũ nhà giáo Nhà trường "
                "trong hơn 40 năm xây dựng và phát triển, đào tạo hàng chục nghìn cán bộ cho tỉnh."
            ),
            Img(
                _img(6, "20-11-khen-thuong"),
                "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm học 2025 - 2026",
                "Khen thưởng các tập thể, cá nhân có thành tích xuất sắc năm học 2025 - 2026",
                "bang",
            ),
            P(
                "Nhân dịp này, 3 giảng viên được tặng Kỷ niệm chương \u201cVì sự nghiệp giáo dục\u201d, "
                "5 tập thể và 14 cá nhân được Hiệu trưởng tặng giấy khen."
            ),
            _right("<strong>Thanh Hương</strong>"),
            _right("<em>Theo Báo Đắk Nông</em>"),
        ],
        authors=["Thanh Hương"],
        source="Báo Đắk Nông",
        opts={"stamp": "20/11/2026 09:10", "created": "2026-11-19", "modified": "2026-11-21"},
    ),
    Story(
        7,
        "giai-phap-nang-cao-chat-luong-day-hoc-mon-triet-hoc-mac-lenin",
        "Một số giải pháp nâng cao chất lượng dạy học môn Triết học Mác - Lênin hiện nay",
        "nghien-cuu-khoa-hoc",
        "2026-11-17T10:00:00+07:00",
        [
            P(
                "Triết học Mác - Lênin là nền tảng thế giới quan và phương pháp luận khoa học của chương "
                "trình trung cấp lý luận chính trị - hành chính.[1] Dạy học tốt môn học này có ý nghĩa "
                "quyết định đối với chất lượng toàn khóa."
            ),
            P("1. Thực trạng", "h"),
            P(
                "Phần lớn học viên là cán bộ cơ sở, trình độ đầu vào không đồng đều; nhiều học viên "
                "cho rằng môn học trừu tượng, khó liên hệ với công việc hằng ngày.[2]"
            ),
            P("2. Giải pháp", "h"),
            P(
                "Một là, đổi mới phương pháp theo hướng tăng cường thảo luận tình huống gắn với thực tiễn "
                "địa phương."
            ),
            P(
                "Hai là, xây dựng hệ thống câu hỏi ôn tập và bài tập liên hệ cho từng chuyên đề."
            ),
            P("Tài liệu tham khảo", "h"),
            P(
                "[1] Học viện Chính trị quốc gia Hồ Chí Minh, Giáo trình Trung cấp lý luận chính trị - "
                "hành chính, Nxb Lý luận chính trị, Hà Nội, 2021."
            ),
            P("[2] Trường Chính trị tỉnh Đắk Nông, Báo cáo tổng kết năm học 2025 - 2026."),
            _right("<strong>ThS. Vũ Thị Ngọc Lan</strong><br><em>Khoa Lý luận cơ sở</em>"),
        ],
        authors=["Vũ Thị Ngọc Lan"],
        opts={"stamp": "17/11/2026 10:00", "created": "2026-11-10", "modified": "2026-11-18"},
    ),
    Story(
        8,
        "doan-cong-tac-truong-chinh-tri-tinh-lam-dong-den-tham-va-lam-viec",
        "Đoàn công tác Trường Chính trị tỉnh Lâm Đồng đến thăm và làm việc",
        "hoat-dong-cua-truong",
        "2026-11-12T16:20:00+07:00",
        [
            P(
                "Chiều 12/11, Ban Giám hiệu Trường Chính trị tỉnh Đắk Nông tiếp và làm việc với đoàn "
                "công tác Trường Chính trị tỉnh Lâm Đồng do đồng chí Phó Hiệu trưởng làm trưởng đoàn."
            ),
            P(
                "Hai bên đã trao đổi kinh nghiệm về công tác quản lý đào tạo, chuyển đổi số trong "
                "quản lý học viên, xây dựng trường chính trị chuẩn mức 1."
            ),
            Img(
                _img(8, "lam-dong-lam-viec"),
                "Hai đoàn chụp ảnh lưu niệm",
                "Hai đoàn chụp ảnh lưu niệm",
                "em",
            ),
            P(
                "Dịp này, đoàn đã tham quan thư viện, phòng truyền thống và Phòng học trực tuyến "
                "của Nhà trường."
            ),
            _right("<strong>Phòng Tổ chức - Hành chính</strong>"),
        ],
        authors=["Phòng Tổ chức - Hành chính"],
        opts={"stamp": "12/11/2026 16:20", "created": "2026-11-12", "modified": "2026-11-13", "nfd": True},
    ),
    Story(
        9,
        "khai-giang-lop-boi-duong-kien-thuc-quoc-phong-va-an-ninh-doi-tuong-4",
        "Khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4 năm 2026",
        "dao-tao-boi-duong",
        "2026-11-06T07:30:00+07:00",
        [
            P(
                "Sáng 06/11, Trường Chính trị tỉnh phối hợp với Bộ Chỉ huy Quân sự tỉnh khai giảng lớp "
                "bồi dưỡng kiến thức quốc phòng và an ninh cho 95 học viên là đảng viên mới."
            ),
            Img(
                _img(9, "qpan-doi-tuong-4"),
                "Các học viên dự lễ khai giảng",
                "Các học viên dự lễ khai giảng",
                "bang",
            ),
            P(
                "Trong thời gian 5 ngày, học viên được nghiên cứu các chuyên đề về đường lối quốc phòng, "
                "an ninh của Đảng, xây dựng nền quốc phòng toàn dân và phòng chống \u201cdiễn biến hòa "
                "bình\u201d."
            ),
            Raw(
                '<p>Xem thêm: <a href="/vi/tin-tuc/be-giang-lop-trung-cap-llct-hc-khoa-47-tai-huyen-dak-mil.html">'
                "Bế giảng lớp Trung cấp lý luận chính trị - hành chính khóa 47</a></p>"
            ),
            Raw(
                '<p class="tct-dinhkem">Tệp đính kèm: <a href="/vi/tin-tuc/_attachments/ke-hoach-qpan-dt4.pdf">'
                "Kế hoạch bồi dưỡng QP-AN đối tượng 4.pdf</a> (312 Ko)</p>"
            ),
            _right("<strong>Minh Tuấn</strong>"),
        ],
        authors=["Minh Tuấn"],
        opts={"stamp": "06/11/2026 07:30", "created": "2026-11-04", "modified": "2026-11-07"},
    ),
    Story(
        10,
        "thong-bao-tuyen-sinh-lop-trung-cap-llct-hc-he-khong-tap-trung-nam-2027",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị - hành chính hệ không tập trung năm 2027",
        "thong-bao",
        "2026-10-30",
        [
            P(
                "Trường Chính trị tỉnh Đắk Nông thông báo tuyển sinh lớp Trung cấp lý luận chính trị - "
                "hành chính hệ không tập trung năm 2027, mở tại các huyện, thành phố."
            ),
            P("Đối tượng và điều kiện dự tuyển:", "h"),
            P("Cán bộ, công chức, viên chức trong quy hoạch chức danh lãnh đạo, quản lý cấp phòng.", "li"),
            P("Có trình độ chuyên môn từ trung cấp trở lên.", "li"),
            P("Hồ sơ nộp về Phòng Quản lý đào tạo trước ngày 15/01/2027.", "li"),
            P("Mọi chi tiết xin liên hệ Phòng Quản lý đào tạo, điện thoại 0261.3544.xxx."),
        ],
        opts={"stamp": "30/10/2026", "created": "2026-10-28", "modified": "2026-11-02"},
    ),
    Story(
        11,
        "sinh-hoat-chuyen-de-quy-iv-chi-bo-khoa-xay-dung-dang",
        "Sinh hoạt chuyên đề quý IV của Chi bộ Khoa Xây dựng Đảng",
        "hoat-dong-cua-truong",
        "2026-10-24T14:00:00+07:00",
        [
            P(
                "Chiều 24/10, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề "
                "nâng cao tính chiến đấu của tổ chức đảng."
            ),
            P("Chủ trì buổi sinh hoạt: đồng chí Bí thư Chi bộ.", "br1"),
            P("Tham dự: 100% đảng viên trong chi bộ."),
            P(
                "Mở đầu buổi sinh hoạt, chi bộ ôn lại lời dạy của Chủ tịch Hồ Chí Minh về tự phê bình "
                "và phê bình:"
            ),
            P(
                "\u201cMột Đảng mà giấu giếm khuyết điểm của mình là một Đảng hỏng. Một Đảng có gan "
                "thừa nhận khuyết điểm của mình\u2026 Như thế là một Đảng tiến bộ, mạnh dạn, chắc chắn, "
                "chân chính.\u201d",
                "q",
            ),
            P(
                "Các đảng viên đã thảo luận sôi nổi, đề xuất nhiều giải pháp cụ thể để nâng cao chất "
                "lượng sinh hoạt chi bộ trong thời gian tới."
            ),
            _right("<strong>Trần Văn Khánh</strong>"),
        ],
        authors=["Trần Văn Khánh"],
        opts={"stamp": "24/10/2026 14:00", "created": "2026-10-24", "modified": "2026-10-25"},
    ),
    Story(
        12,
        "van-dung-quan-diem-cua-dang-ve-cong-tac-dan-toc-tai-dak-nong",
        "Vận dụng quan điểm của Đảng về công tác dân tộc tại tỉnh Đắk Nông",
        "nghien-cuu-khoa-hoc",
        "2026-10-19T09:00:00+07:00",
        [
            P(
                "Đắk Nông là tỉnh có 40 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm hơn "
                "30% dân số. Nghị quyết Đại hội XIII của Đảng khẳng định đoàn kết các dân tộc là vấn "
                "đề chiến lược.",
                '<p>Đắk Nông là tỉnh có 40 dân tộc cùng sinh sống, đồng bào dân tộc thiểu số chiếm hơn '
                "30% dân số. Nghị quyết Đại hội XIII<sup><a href=\"#_ftn1\" id=\"_ftnref1\">1</a></sup> "
                "của Đảng khẳng định đoàn kết các dân tộc là vấn đề chiến lược.</p>",
            ),
            P(
                "Những năm qua, tỉnh đã triển khai hiệu quả các chính sách hỗ trợ đất ở, đất sản xuất, "
                "nước sinh hoạt cho đồng bào, góp phần giảm tỷ lệ hộ nghèo.",
                "<p>Những năm qua, tỉnh đã triển khai hiệu quả các chính sách hỗ trợ đất ở, đất sản xuất, "
                "nước sinh hoạt cho đồng bào<sup><a href=\"#_ftn2\" id=\"_ftnref2\">2</a></sup>, góp phần "
                "giảm tỷ lệ hộ nghèo.</p>",
            ),
            P(
                "Thời gian tới, cần tiếp tục phát huy vai trò của người có uy tín trong đồng bào dân "
                "tộc thiểu số, xây dựng hệ thống chính trị cơ sở vững mạnh."
            ),
            P("Chú thích", "h"),
            P(
                "1. Đảng Cộng sản Việt Nam, Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb Chính "
                "trị quốc gia Sự thật, Hà Nội, 2021, t.I, tr.170.",
                '<p id="_ftn1"><a href="#_ftnref1">1.</a> Đảng Cộng sản Việt Nam, Văn kiện Đại hội đại '
                "biểu toàn quốc lần thứ XIII, Nxb Chính trị quốc gia Sự thật, Hà Nội, 2021, t.I, tr.170.</p>",
            ),
            P(
                "2. Ban Dân tộc tỉnh Đắk Nông, Báo cáo tình hình vùng đồng bào dân tộc thiểu số năm 2025.",
                '<p id="_ftn2"><a href="#_ftnref2">2.</a> Ban Dân tộc tỉnh Đắk Nông, Báo cáo tình hình '
                "vùng đồng bào dân tộc thiểu số năm 2025.</p>",
            ),
            _right("<strong>TS. Nguyễn Đình Phúc</strong>, Phó Trưởng Khoa Dân vận"),
        ],
        authors=["Nguyễn Đình Phúc"],
        opts={"stamp": "19/10/2026 09:00", "created": "2026-10-12", "modified": "2026-10-20"},
    ),
    Story(
        13,
        "tong-ket-cong-tac-dao-tao-boi-duong-nam-hoc-2025-2026",
        "Tổng kết công tác đào tạo, bồi dưỡng năm học 2025 - 2026",
        "dao-tao-boi-duong",
        "2026-10-12T08:30:00+07:00",
        [
            P(
                "Ngày 12/10, Trường Chính trị tỉnh Đắk Nông tổ chức Hội nghị tổng kết công tác đào "
                "tạo, bồi dưỡng năm học 2025 - 2026 và triển khai nhiệm vụ năm học mới."
            ),
            P(
                "Trong năm học, Nhà trường đã mở 31 lớp với 2.486 học viên, vượt 8% kế hoạch; chất "
                "lượng đầu ra được nâng lên, không có học viên vi phạm quy chế."
            ),
            Img(
                _img(13, "tong-ket-nam-hoc"),
                "Đồng chí Phó Bí thư Tỉnh ủy trao Cờ thi đua cho Nhà trường",
                "Đồng chí Phó Bí thư Tỉnh ủy trao Cờ thi đua cho Nhà trường",
                "bang",
            ),
            P(
                "Năm học 2026 - 2027, Nhà trường phấn đấu hoàn thành các tiêu chí trường chính trị "
                "chuẩn mức 1 theo Quy định số 11-QĐ/TW của Ban Bí thư."
            ),
            _right("<em>Bài, ảnh: Hoàng Thị Thu Trang</em>"),
        ],
        authors=["Hoàng Thị Thu Trang"],
        photographers=["Hoàng Thị Thu Trang"],
        opts={"stamp": "12/10/2026 08:30", "created": "2026-10-09", "modified": "2026-10-13"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}
#: newest first by the "Ngày đăng" stamp, as the News service sorts them (ids follow that order;
#: the notice's letterhead day, its gold date, is older than article 2's stamp)
ORDERED = sorted(STORIES, key=lambda s: s.id)
PER_PAGE = 5
PAGES = (len(ORDERED) + PER_PAGE - 1) // PER_PAGE
MOST_READ = [7, 3, 9, 2]


def art_path(s: Story) -> str:
    return f"/vi/tin-tuc/{s.slug}.html"


def print_path(s: Story) -> str:
    return f"/vi/tin-tuc/{s.slug}.print.html"


def content_path(s: Story) -> str:
    return f"/vi/tin-tuc/_content/news-{1040 + s.id}.html"


# --- chrome ------------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/vi/index.html", []),
    (
        "Giới thiệu",
        "/vi/gioi-thieu/lich-su-hinh-thanh.html",
        [
            ("Lịch sử hình thành", "/vi/gioi-thieu/lich-su-hinh-thanh.html"),
            ("Cơ cấu tổ chức", "/vi/gioi-thieu/co-cau-to-chuc.html"),
            ("Ban Giám hiệu", "/vi/gioi-thieu/ban-giam-hieu.html"),
        ],
    ),
    ("Tin tức", "/vi/tin-tuc.html", [(v, f"/vi/tin-tuc/{k}.html") for k, v in CATS.items()]),
    ("Văn bản", "/vi/van-ban/ke-hoach-dao-tao-boi-duong-nam-2027.html", []),
    ("Thư viện ảnh", "/vi/thu-vien-anh/le-be-giang-khoa-47.html", []),
    ("Liên hệ", "/vi/lien-he.html", []),
]


def _menu() -> str:
    items = []
    for label, href, subs in _MENU:
        if subs:
            sub = "".join(f'<a class="dropdown-item" href="{h}">{esc(t)}</a>' for t, h in subs)
            items.append(
                f'<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{href}" '
                f'data-toggle="dropdown">{esc(label)}</a><div class="dropdown-menu">{sub}</div></li>'
            )
        else:
            items.append(f'<li class="nav-item"><a class="nav-link" href="{href}">{esc(label)}</a></li>')
    return (
        '<nav class="navbar navbar-expand-lg tct-mnu"><button class="navbar-toggler" type="button" '
        'data-toggle="collapse" data-target="#mnuC"><span class="navbar-toggler-icon"></span></button>'
        f'<div class="collapse navbar-collapse" id="mnuC"><ul class="navbar-nav">{"".join(items)}</ul>'
        '<form class="form-inline tct-tk" method="get" action="/vi/tim-kiem.html">'
        '<input type="text" name="textfield" placeholder="Tìm kiếm..." class="form-control">'
        '<input type="hidden" name="submit-form" value="search"></form></div></nav>'
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{content_path(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>' for i in MOST_READ
    )
    return (
        '<div class="col-lg-4" id="ametys-zone-phai">'
        '<div class="zone-item" id="zoneitem-R1"><h4 class="tct-khoi">Đọc nhiều</h4>'
        f'<ul class="tct-dsn">{most}</ul></div>'
        '<div class="zone-item" id="zoneitem-R2"><h4 class="tct-khoi">Lời Bác dạy</h4>'
        '<div class="tct-loibac"><p>\u201cVì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm '
        "thì phải trồng người. Chúng ta phải đào tạo những cán bộ vừa có đức vừa có tài, thấm nhuần "
        "lý luận và biết vận dụng lý luận vào thực tiễn của cách mạng nước ta.\u201d</p>"
        "<p>Học lý luận không phải để thuộc lòng từng câu, từng chữ mà là để học cái tinh thần, cái "
        "lập trường, quan điểm và phương pháp của chủ nghĩa Mác - Lênin để áp dụng vào công việc "
        "thực tế hằng ngày của cán bộ, đảng viên ở mọi cương vị công tác.</p></div></div>"
        '<div class="zone-item" id="zoneitem-R3"><h4 class="tct-khoi">Liên kết</h4><ul>'
        '<li><a href="https://www.hcma.vn" target="_blank">Học viện CTQG Hồ Chí Minh</a></li>'
        '<li><a href="https://daknong.gov.vn" target="_blank">Cổng TTĐT tỉnh Đắk Nông</a></li>'
        '<li><a href="https://baodaknong.vn" target="_blank">Báo Đắk Nông</a></li></ul></div>'
        '<div class="zone-item" id="zoneitem-R4"><h4 class="tct-khoi">Thăm dò ý kiến</h4>'
        '<form method="post" action="/vi/index.html/_plugins/survey/vote.html"><p>Bạn đánh giá thế nào '
        'về giao diện website mới?</p><label><input type="radio" name="c" value="1"> Đẹp</label><br>'
        '<label><input type="radio" name="c" value="2"> Bình thường</label><br>'
        '<button type="submit" class="btn btn-sm">Bình chọn</button></form></div>'
        '<div class="zone-item" id="zoneitem-R5"><h4 class="tct-khoi">Thống kê truy cập</h4>'
        "<table class=\"tct-tk\"><tr><td>Đang online</td><td>23</td></tr><tr><td>Hôm nay</td>"
        "<td>412</td></tr><tr><td>Tổng truy cập</td><td>1.284.567</td></tr></table></div>"
        "</div>"
    )


def _crumbs(trail: list[tuple[str, str | None]]) -> str:
    parts = ['<li class="breadcrumb-item"><a href="/vi/index.html">Trang chủ</a></li>']
    for label, href in trail:
        if href:
            parts.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            parts.append(f'<li class="breadcrumb-item active">{esc(label)}</li>')
    return f'<ol class="breadcrumb tct-dd">{"".join(parts)}</ol>'


def _page(request: Request, title: str, trail, main: str, head: str = "") -> Response:
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Ametys CMS 4.7.2">
<title>{esc(title)} - {SITE}</title>
{head}
<link rel="stylesheet" href="/skins/tct-daknong/resources/css/bootstrap.min.css">
<link rel="stylesheet" href="/skins/tct-daknong/resources/css/tct.css">
<link rel="icon" href="/skins/tct-daknong/resources/img/favicon.ico">
<script src="/plugins/web/resources/js/ametys.js"></script>
</head>
<body class="tct-body">
<div id="tct-top" class="tct-topbar"><div class="container"><span class="tct-homnay">{HEADER_TODAY}</span>
<span class="tct-lang"><a href="/vi/index.html">VI</a></span></div></div>
<header class="tct-hd container"><a href="/vi/index.html"><img src="/skins/tct-daknong/resources/img/logo.png"
 alt="Logo Trường Chính trị tỉnh Đắk Nông"></a><div class="tct-ten">TỈNH ỦY ĐẮK NÔNG<br><b>TRƯỜNG CHÍNH TRỊ TỈNH ĐẮK NÔNG</b></div></header>
<div class="container">{_menu()}</div>
<div class="container tct-chay"><marquee>Chào mừng Đại hội đại biểu Đảng bộ tỉnh Đắk Nông lần thứ XIII
 - Thông báo lịch thi tốt nghiệp lớp TC K48</marquee></div>
<div class="container">{_crumbs(trail)}
<div class="row"><div class="col-lg-8" id="ametys-zone-default">
{main}
</div>{_sidebar()}</div></div>
<footer class="tct-ft"><div class="container"><p><b>TRƯỜNG CHÍNH TRỊ TỈNH ĐẮK NÔNG</b></p>
<p>Địa chỉ: Đường Lê Duẩn, phường Nghĩa Tân, thành phố Gia Nghĩa, tỉnh Đắk Nông</p>
<p>Điện thoại: 0261.3544.xxx - Email: truongchinhtri@daknong.gov.vn</p>
<p>© 2019 - 2026 Bản quyền thuộc Trường Chính trị tỉnh Đắk Nông. Phát triển trên nền tảng Ametys CMS.</p>
</div></footer>
</body></html>"""
    return html(body)


# --- articles ----------------------------------------------------------------------------------


def _para(s: Story, p: P) -> str:
    t = text(p.text, nfd=bool(s.opts.get("nfd")))
    if p.style.startswith("<"):
        return p.style
    if p.style == "b":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "h":
        return f"<h3><strong>{t}</strong></h3>"
    if p.style == "q":
        return f'<blockquote><p style="font-style:italic">{t}</p></blockquote>'
    return f'<p style="text-align: justify;">{t}</p>'


def _image(s: Story, im: Img) -> str:
    alt = esc(s.title)
    if im.style == "bang":
        return (
            '<table class="tct-anh" align="center" style="width:100%"><tbody>'
            f'<tr><td style="text-align:center"><img src="{im.src}" alt="{alt}" style="width:600px"></td></tr>'
            f'<tr><td class="ghichu-a" style="text-align:center">{text(im.printed or "")}</td></tr>'
            "</tbody></table>"
        )
    if im.style in ("em", "credit"):
        align = "center" if im.style == "em" else "right"
        return (
            f'<p style="text-align:center"><img src="{im.src}" alt="" width="600"></p>'
            f'<p style="text-align:{align}"><em>{text(im.printed or "")}</em></p>'
        )
    return f'<p style="text-align:center"><img src="{im.src}" alt="{alt}" title="{alt}" width="600"></p>'


def _body(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    nfd = bool(s.opts.get("nfd"))
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("tr", "li"):
            run = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == b.style:
                run.append(blocks[i])
                i += 1
            if b.style == "li":
                out.append("<ul>" + "".join(f"<li>{text(r.text, nfd=nfd)}</li>" for r in run) + "</ul>")
            else:
                rows = []
                for n, r in enumerate(run):
                    cells = r.text.split(" | ")
                    tag = "<td><strong>{}</strong></td>" if n == 0 else "<td>{}</td>"
                    rows.append("<tr>" + "".join(tag.format(text(c, nfd=nfd)) for c in cells) + "</tr>")
                out.append(
                    '<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>'
                    + "".join(rows)
                    + "</tbody></table>"
                )
            continue
        if isinstance(b, P) and b.style == "br1":
            nxt = blocks[i + 1]
            out.append(f"<p>{text(b.text, nfd=nfd)}<br>\n{text(nxt.text, nfd=nfd)}</p>")
            i += 2
            continue
        if isinstance(b, P):
            out.append(_para(s, b))
        elif isinstance(b, Img):
            out.append(_image(s, b))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _meta_description(s: Story) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return first[:150].rsplit(" ", 1)[0] + "..."


def _news_item(s: Story, thumb: bool = True) -> str:
    day = s.opts["stamp"].split(" ")[0]
    img = ""
    if thumb:
        img = (
            f'<a href="{art_path(s)}" class="tct-anhdd"><img src="/_contents-images/ametys-internal%253Asites/'
            f'tct/ametys-internal%253Acontents/news-{s.id}/_metadata/illustration/anh-dai-dien.jpg?width=270" '
            'alt=""></a>'
        )
    return (
        f'<div class="media tct-mtin" id="news-{1040 + s.id}">{img}<div class="media-body">'
        f'<h5><a href="{art_path(s)}">{esc(s.title)}</a></h5><span class="tct-ng">{day}</span>'
        f"<p>{esc(_meta_description(s))}</p></div></div>"
    )


def _article_main(s: Story, request: Request) -> str:
    info = [f'<span class="tct-ngay"><i class="fa fa-clock-o"></i> Ngày đăng: {s.opts["stamp"]}</span>']
    info.append(f'<span class="tct-lx">Lượt xem: {s.views()}</span>')
    if s.opts.get("poster"):
        info.append(f'<span class="tct-nd-dang">Người đăng: {s.opts["poster"]}</span>')
    sapo = ""
    if s.sapo_outside and s.summary:
        sapo = f'<div class="tct-mota"><strong>{text(s.summary)}</strong></div>'
    modified = s.opts["modified"]
    y, m, d = modified.split("-")
    newest = [x for x in ORDERED if x.id != s.id][:5]
    news = "".join(
        f'<li><a href="{art_path(x)}">{esc(x.title)}</a> <span>({x.opts["stamp"].split(" ")[0]})</span></li>'
        for x in newest
    )
    url = base_url(request) + art_path(s)
    return f"""<div class="zone-item" id="zoneitem-Z7a1c"><div class="tct-ct-tin" data-ametys-content="defaultWebContent://news-{1040 + s.id}">
<h1 class="tct-td1">{esc(s.title)}</h1>
<div class="tct-ttin">{" | ".join(info)}</div>
{sapo}
<div class="tct-nd rich-text">
{_body(s)}
</div>
<div class="tct-capnhat"><em>Cập nhật lần cuối: {d}/{m}/{y} 08:02</em></div>
<div class="tct-congcu"><a href="{print_path(s)}" target="_blank" rel="nofollow"><i class="fa fa-print"></i> In bài</a>
<a href="mailto:?subject={quote(s.title)}&amp;body={quote(url)}"><i class="fa fa-envelope"></i> Gửi email</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe='')}" target="_blank">Chia sẻ Facebook</a></div>
<div class="tct-tukhoa">Từ khóa: <span>{esc(CATS[s.cat])}</span>, <span>Trường Chính trị</span></div>
</div></div>
<div class="zone-item" id="zoneitem-Z7a1d"><h4 class="tct-khoi">Tin mới</h4><ul class="tct-tinmoi">{news}</ul></div>"""


def _article_head(s: Story, request: Request) -> str:
    return (
        f'<meta name="description" content="{esc(_meta_description(s))}">\n'
        f'<meta name="DC.title" content="{esc(s.title)}">\n'
        f'<meta name="DC.date.created" content="{s.opts["created"]}">\n'
        f'<meta name="DC.date.modified" content="{s.opts["modified"]}">\n'
        '<meta name="DC.language" content="vi">\n'
        f'<meta property="og:title" content="{esc(s.title)}">\n'
        f'<meta property="og:image" content="{base_url(request)}{_first_image(s)}">\n'
        f'<link rel="canonical" href="{base_url(request)}{art_path(s)}">'
    )


def _first_image(s: Story) -> str:
    return s.images[0].src if s.images else "/skins/tct-daknong/resources/img/logo.png"


def _trail(s: Story) -> list:
    return [("Tin tức", "/vi/tin-tuc.html"), (CATS[s.cat], f"/vi/tin-tuc/{s.cat}.html"), (s.title, None)]


def article(request: Request, s: Story) -> Response:
    return _page(request, s.title, _trail(s), _article_main(s, request), _article_head(s, request))


def article_print(request: Request, s: Story) -> Response:
    sapo = f"<p><strong>{text(s.summary)}</strong></p>" if s.sapo_outside and s.summary else ""
    body = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(s.title)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="{base_url(request)}{art_path(s)}">
<link rel="stylesheet" href="/skins/tct-daknong/resources/css/print.css"></head>
<body onload="window.print()"><div class="tct-in"><p>{SITE}</p>
<h1>{esc(s.title)}</h1><p class="tct-ngay">Ngày đăng: {s.opts["stamp"]}</p>
{sapo}<div class="tct-nd">{_body(s)}</div></div></body></html>"""
    return html(body)


# --- listings ----------------------------------------------------------------------------------


def _pager(current: int) -> str:
    links = []
    for n in range(1, PAGES + 1):
        if n == current:
            links.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
        else:
            links.append(f'<li class="page-item"><a class="page-link" href="/vi/tin-tuc.html?page={n}">{n}</a></li>')
    if current < PAGES:
        links.append(
            f'<li class="page-item"><a class="page-link" href="/vi/tin-tuc.html?page={current + 1}">Trang sau ›</a></li>'
        )
    more = ""
    if current < PAGES:
        more = (
            f'<p class="text-center"><a class="btn btn-outline-primary tct-xemthem" '
            f'href="/vi/tin-tuc/_plugins/web/search-page/tin-tuc/{current + 1}.html" '
            f'data-ametys-search-page="{current + 1}">Xem thêm tin</a></p>'
        )
    return f'<ul class="pagination">{"".join(links)}</ul>{more}'


def news_list(request: Request, page: int) -> Response:
    items = ORDERED[(page - 1) * PER_PAGE : page * PER_PAGE]
    main = (
        '<div class="zone-item" id="zoneitem-L1"><h2 class="tct-khoi">Tin tức</h2>'
        f'<div class="tct-ds" id="search-results">{"".join(_news_item(s) for s in items)}</div>'
        f"{_pager(page)}</div>"
    )
    return _page(request, "Tin tức" + (f" - Trang {page}" if page > 1 else ""), [("Tin tức", None)], main)


def search_fragment(page: int) -> Response:
    items = ORDERED[(page - 1) * PER_PAGE : page * PER_PAGE]
    more = ""
    if page < PAGES:
        more = (
            f'<a class="btn btn-outline-primary tct-xemthem" href="/vi/tin-tuc/_plugins/web/search-page/'
            f'tin-tuc/{page + 1}.html">Xem thêm tin</a>'
        )
    return html(f'<div class="tct-ds">{"".join(_news_item(s) for s in items)}</div>{more}')


def category(request: Request, cat: str) -> Response:
    items = [s for s in ORDERED if s.cat == cat][:3]
    main = (
        f'<div class="zone-item" id="zoneitem-C1"><h2 class="tct-khoi">{esc(CATS[cat])}</h2>'
        f'<div class="tct-ds">{"".join(_news_item(s) for s in items)}</div>'
        '<p class="text-right"><a href="/vi/tin-tuc.html">Xem tất cả tin tức »</a></p></div>'
    )
    return _page(request, CATS[cat], [("Tin tức", "/vi/tin-tuc.html"), (CATS[cat], None)], main)


def home(request: Request) -> Response:
    top, rest = ORDERED[0], ORDERED[1:6]
    main = (
        '<div class="zone-item" id="zoneitem-H1"><div class="tct-noibat">'
        f'<a href="{art_path(top)}"><img src="{_first_image(top)}" alt=""></a>'
        f'<h3><a href="{art_path(top)}">{esc(top.title)}</a></h3></div></div>'
        '<div class="zone-item" id="zoneitem-H2"><h2 class="tct-khoi"><a href="/vi/tin-tuc.html">Tin tức - Sự kiện</a>'
        f'</h2>{"".join(_news_item(s) for s in rest)}</div>'
        '<div class="zone-item" id="zoneitem-H3"><h2 class="tct-khoi">Chuyên mục</h2><ul>'
        + "".join(f'<li><a href="/vi/tin-tuc/{k}.html">{esc(v)}</a></li>' for k, v in CATS.items())
        + "</ul></div>"
    )
    return _page(request, "Trang chủ", [], main, '<meta name="description" content="Trang thông tin điện tử Trường Chính trị tỉnh Đắk Nông">')


# --- non-articles ------------------------------------------------------------------------------

_INTRO = {
    "lich-su-hinh-thanh": (
        "Lịch sử hình thành",
        "<p>Trường Chính trị tỉnh Đắk Nông được thành lập theo Quyết định số 03-QĐ/TU ngày "
        "15/01/2004 của Tỉnh ủy Đắk Nông, trên cơ sở tiếp nhận cán bộ từ Trường Chính trị tỉnh Đắk Lắk.</p>"
        "<p>Trải qua hơn 20 năm xây dựng và phát triển, Nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn "
        "lượt cán bộ, đảng viên cho hệ thống chính trị của tỉnh.</p>",
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        "<p>Ban Giám hiệu gồm Hiệu trưởng và 02 Phó Hiệu trưởng.</p><ul><li>Phòng Tổ chức - Hành chính</li>"
        "<li>Phòng Quản lý đào tạo - Nghiên cứu khoa học</li><li>Khoa Lý luận cơ sở</li>"
        "<li>Khoa Xây dựng Đảng</li><li>Khoa Nhà nước và pháp luật</li><li>Khoa Dân vận</li></ul>",
    ),
    "ban-giam-hieu": (
        "Ban Giám hiệu",
        '<table class="table"><tr><td><img src="/_resources-images/bgh/hieu-truong.jpg" alt=""></td>'
        "<td>Đồng chí Nguyễn Văn Lực<br>Hiệu trưởng</td></tr><tr><td>"
        '<img src="/_resources-images/bgh/pho-hieu-truong.jpg" alt=""></td>'
        "<td>Đồng chí Trần Thị Minh Hải<br>Phó Hiệu trưởng</td></tr></table>",
    ),
}


def intro(request: Request, slug: str) -> Response:
    title, content = _INTRO[slug]
    main = (
        f'<div class="zone-item"><div class="tct-ct-tin"><h1 class="tct-td1">{esc(title)}</h1>'
        f'<div class="tct-nd">{content}</div><div class="tct-capnhat"><em>Cập nhật lần cuối: '
        "15/09/2026 10:00</em></div></div></div>"
    )
    return _page(request, title, [("Giới thiệu", "/vi/gioi-thieu/lich-su-hinh-thanh.html"), (title, None)], main)


def contact(request: Request) -> Response:
    main = (
        '<div class="zone-item"><h1 class="tct-td1">Liên hệ</h1><p>Trường Chính trị tỉnh Đắk Nông</p>'
        "<p>Đường Lê Duẩn, phường Nghĩa Tân, thành phố Gia Nghĩa, tỉnh Đắk Nông</p>"
        '<form method="post" action="/vi/lien-he.html"><input name="hoten" placeholder="Họ tên">'
        '<textarea name="noidung"></textarea><button type="submit">Gửi</button></form></div>'
    )
    return _page(request, "Liên hệ", [("Liên hệ", None)], main)


def document(request: Request) -> Response:
    title = "Kế hoạch đào tạo, bồi dưỡng năm 2027"
    main = (
        f'<div class="zone-item"><h1 class="tct-td1">{title}</h1><table class="table tct-vb"><tbody>'
        "<tr><th>Số/Ký hiệu</th><td>198-KH/TCT</td></tr><tr><th>Ngày ban hành</th><td>20/11/2026</td></tr>"
        "<tr><th>Trích yếu</th><td>Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027</td></tr>"
        "<tr><th>Người ký</th><td>Nguyễn Văn Lực</td></tr>"
        '<tr><th>Tệp đính kèm</th><td><a href="/vi/van-ban/_attachments/198-KH-TCT.pdf">198-KH-TCT.pdf</a>'
        "</td></tr></tbody></table></div>"
    )
    return _page(request, title, [("Văn bản", None), (title, None)], main)


def album(request: Request) -> Response:
    title = "Lễ bế giảng lớp Trung cấp LLCT-HC khóa 47"
    imgs = "".join(
        f'<div class="col-4"><a href="/_resources-images/album/k47/anh-{n}.jpg"><img '
        f'src="/_resources-images/album/k47/anh-{n}.jpg?width=200" alt="Ảnh {n}"></a></div>'
        for n in range(1, 7)
    )
    main = f'<div class="zone-item"><h1 class="tct-td1">{title}</h1><div class="row tct-album">{imgs}</div></div>'
    return _page(request, title, [("Thư viện ảnh", None), (title, None)], main)


def search(request: Request) -> Response:
    q = request.params.get("textfield", "")
    main = (
        f'<div class="zone-item"><h1 class="tct-td1">Kết quả tìm kiếm</h1><p>Từ khóa: {esc(q)}</p>'
        "<p>Không tìm thấy kết quả phù hợp.</p></div>"
    )
    return _page(request, "Tìm kiếm", [("Tìm kiếm", None)], main)


NON_ARTICLES = [
    "/vi/gioi-thieu/lich-su-hinh-thanh.html",
    "/vi/gioi-thieu/co-cau-to-chuc.html",
    "/vi/gioi-thieu/ban-giam-hieu.html",
    "/vi/lien-he.html",
    "/vi/van-ban/ke-hoach-dao-tao-boi-duong-nam-2027.html",
    "/vi/thu-vien-anh/le-be-giang-khoa-47.html",
]

_ART = re.compile(r"^/vi/tin-tuc/([a-z0-9-]+)(\.print)?\.html$")
_CONTENT = re.compile(r"^/vi/tin-tuc/_content/news-(\d+)\.html$")
_FRAG = re.compile(r"^/vi/tin-tuc/_plugins/web/search-page/tin-tuc/(\d+)\.html$")


class AmetysSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return redirect("/vi/index.html")
        if path.startswith(("/skins/", "/_contents-images/", "/_resources-images/", "/plugins/web/resources/")):
            return static_file(path)
        if path.endswith(".pdf") and "/_attachments/" in path:
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/vi/index.html":
            return home(request)
        if path == "/vi/tin-tuc.html":
            raw = request.params.get("page", "1")
            if not raw.isdigit() or not 1 <= int(raw) <= PAGES:
                return None
            return news_list(request, int(raw))
        if m := _FRAG.match(path):
            n = int(m.group(1))
            return search_fragment(n) if 2 <= n <= PAGES else None
        if m := _CONTENT.match(path):
            s = BY_ID.get(int(m.group(1)) - 1040)
            return article(request, s) if s else None
        if m := _ART.match(path):
            slug, printed = m.group(1), m.group(2)
            if not printed and slug in CATS:
                return category(request, slug)
            s = BY_SLUG.get(slug)
            if s is None:
                return None
            return article_print(request, s) if printed else article(request, s)
        if path.startswith("/vi/gioi-thieu/") and path.endswith(".html"):
            slug = path[len("/vi/gioi-thieu/") : -5]
            return intro(request, slug) if slug in _INTRO else None
        if path == "/vi/lien-he.html":
            return contact(request)
        if path == "/vi/van-ban/ke-hoach-dao-tao-boi-duong-nam-2027.html":
            return document(request)
        if path == "/vi/thu-vien-anh/le-be-giang-khoa-47.html":
            return album(request)
        if path == "/vi/tim-kiem.html":
            return search(request)
        return None


def build_site() -> AmetysSite:
    return AmetysSite()


GOLD = [
    gold_record(
        s,
        art_path(s),
        CATS[s.cat],
        canonical_path=art_path(s),
        alt_paths=[print_path(s), content_path(s)],
    )
    for s in STORIES
]
