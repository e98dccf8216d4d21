"""Trường Chính trị tỉnh Bắc Kạn: an Ember.js app rendered on the server by FastBoot (an agency's build).

Platform
    An Ember (Octane) application served through FastBoot: every page comes back fully rendered,
    links are ordinary ``href`` attributes produced by ``<LinkTo>``, components leave their
    numbered wrappers (``<div id="ember412" class="ember-view …">``) and FastBoot's empty-block
    comments (``<!---->``) in the markup, and the Ember Data store the page was rendered from is
    embedded for rehydration in ``<script type="fastboot/shoebox" id="shoebox-tct-store">`` as
    JSON:API (dates in UTC, body HTML inside a JSON string, ``<`` written ``\\u003c``). The agency
    named its classes in Vietnamese abbreviations (``khung-bv`` bài viết, ``td-bv`` tiêu đề,
    ``tt-bv`` thông tin, ``nd-bv`` nội dung, ``ds-lq`` danh sách liên quan, ``dd-bc`` đường dẫn).

URL scheme
    ``/``                                home: featured block, latest news, category boxes
    ``/tin-tuc`` / ``/tin-tuc?trang=N``  all news, 5 a page, newest first (3 pages)
    ``/chuyen-muc/<slug>`` (+ ``?trang=N``) a category, 3 a page
    ``/bai-viet/<id>-<slug>``            an article (also answers under its old slug, see Traps)
    ``/gioi-thieu/<slug>``               intro pages (history, organisation, contact)
    ``/dao-tao/lich-hoc``                the class timetable (a table page)
    ``/thu-vien-anh/<slug>``             photo albums
    ``/assets/…``                        fingerprinted scripts/styles and uploaded images

Page templates
    Every page: top bar with today's date "Thứ Bảy, 05/12/2026", banner, menu with drop-downs,
    a notice ticker, breadcrumbs, the route's outlet, a right column (most-read, photo albums,
    poll, links, visitor counter) and the footer; then the FastBoot boundary scripts and the
    shoebox. Article: breadcrumb, ``<h1 class="td-bv">``, meta line (poster account, a
    ``<time datetime="…Z">`` in UTC printing the local time, views, update date), tool bar, an
    optional sapo box, the body component, tags, the related-news component (inside the same
    ``<article>``), then "Các tin khác".

How each gold article is reached
    Home shows the five newest (109–113); ``/tin-tuc`` pages 1–3 list all 13; the categories
    list theirs three a page. 101 and 102 are only on ``/tin-tuc?trang=3`` and page 2 of their
    categories (101 also under its old slug in the most-read box); 103–108 on
    ``/tin-tuc?trang=2``/``3`` and their categories' first pages; related lists link the rest.

Traps
    1. Shoebox: the JSON:API store is in the page (article, its related articles, the category,
       and a draft record id 114 that is not published: ``/bai-viet/114-…`` answers 404). Gold:
       the rendered HTML only; the draft is nothing; the JSON is not page text.
    2. ``<time datetime>`` is UTC ("…Z") while the page prints local time: gold is the printed
       local time with +07:00. Article 105 was posted at 06:15 on 02/11 (UTC: the 1st, 23:15);
       article 102 prints "00:00 | 15/10/2026" (UTC: the 14th, 17:00) -> the day alone
       "2026-10-15".
    3. The most-read box links five articles under an old slug (``/bai-viet/106-hoi-thi-gvdg``):
       the same article, with a canonical link to the current slug -> in ``alt_paths``.
    4. Pagination prints page 1 as ``?trang=1`` (a duplicate of the bare listing) and "Trang
       cuối"; 101 and 102 are reachable only from page 2+ of a listing.
    5. Text boundary: a "Xem thêm:" line (112) and a file attachment line "Tệp đính kèm" (111)
       close the body component itself, and the tags and the related-news component sit inside
       the same ``<article>`` after it -> none of them is body; FastBoot's ``<!---->`` comments
       sit between paragraphs.
    6. Bylines: a right-aligned "ThS. Hoàng Thị Lan - Khoa Lý luận cơ sở" -> "Hoàng Thị Lan";
       "Tin, ảnh: X" -> X as author and photographer; "Tin: X - Ảnh: Y"; the meta line's
       "Người đăng: bbt_tct" is a CMS account -> nobody.
    7. Captions: a photo in a two-row table with an italic caption in parentheses (taken off);
       a ``<figcaption>`` that only credits "Ảnh: Minh Đức" -> None; article 106's photos are
       lazy (``src`` a placeholder gif, the photo in ``data-src``) -> gold is the ``data-src``.
    8. An official notice (111) with the Party letterhead table, "Số: …", "Bắc Kạn, ngày 30
       tháng 11 năm 2026", kind/subject lines, "Nơi nhận" and the signer: body is the text only,
       date the letterhead's day "2026-11-30" (the meta line says 01/12 14:20), author the signer.
    9. Article 104's text was pasted from a Mac: decomposed (NFD) Vietnamese -> gold NFC.
    10. Article 107 was imported from the old site: it prints the day in words ("Thứ Bảy, 14
        tháng 11 năm 2026") and no time, plus a later "Cập nhật" -> "2026-11-14".
    11. Photo albums (``/thu-vien-anh/…``) look like articles (title, date, captioned photos,
        views) -> NON_ARTICLES, not gold.
    12. An emoji at the start of a title ("📢 Lịch …") is kept as printed; footnote calls "[1]"
        stay in their sentence and "Tài liệu tham khảo" with its entries is body (103); table
        rows are paragraphs with cells joined by " | " (108); a ``<br>`` splits a paragraph (110).

Gold decisions on ambiguous points
    - ``category`` is the breadcrumb's last section ("Tin hoạt động", …), not "Tin tức".
    - The sapo box (``<div class="tom-tat">``) is the summary and the body's first paragraph;
      where the first body paragraph is only bold (no box), it is the summary too (113); the
      meta description alone never is.
    - The notice 111's signer "Hoàng Văn Quyết" (under "K/T HIỆU TRƯỞNG / PHÓ HIỆU TRƯỞNG") is the
      author; "Nơi nhận" is closing, not body.
    - "Nguồn: Báo Bắc Kạn điện tử" -> source "Báo Bắc Kạn điện tử"; a sentence "Theo kế hoạch, …"
      is text.
    - Photo album pages and the timetable are non-articles even though they carry dates.
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

from crawler.demo.server import Request, Response, html
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    collapse,
    esc,
    gold_record,
    static_file,
    text,
)

NAME = "ember_fastboot_tct"
PLATFORM = "Ember.js + FastBoot (server-side rendering, shoebox JSON:API)"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Trường Chính trị tỉnh Bắc Kạn"

CATS = {
    "tin-hoat-dong": "Tin hoạt động",
    "dao-tao-boi-duong": "Đào tạo, bồi dưỡng",
    "nghien-cuu-khoa-hoc": "Nghiên cứu khoa học",
    "thong-bao": "Thông báo",
}
NEWS_PAGE = 5
CAT_PAGE = 3
UP = "/assets/uploads/2026"

# --- the articles -----------------------------------------------------------------------------

_LETTERHEAD = Raw(
    '<table class="tb-vb" style="width:100%;border:0"><tbody><tr>'
    '<td style="width:45%;text-align:center">TỈNH ỦY BẮC KẠN<br><strong>TRƯỜNG CHÍNH TRỊ</strong>'
    "<br>*<br>Số: 412-TB/TCT</td>"
    '<td style="text-align:center"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br>'
    "<em>Bắc Kạn, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>'
    '<p style="text-align:center"><strong>Về việc tuyển sinh lớp Trung cấp lý luận chính trị '
    "K46 hệ không tập trung năm 2027</strong></p>"
)
_SIGN = Raw(
    '<table class="tb-vb" style="width:100%;border:0"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><strong><em>Nơi nhận:</em></strong><br>'
    "- Ban Tổ chức Tỉnh ủy (b/c);<br>- Các huyện ủy, thành ủy, đảng ủy trực thuộc;<br>"
    "- Lưu VT, P.QLĐT.</td>"
    '<td style="text-align:center;vertical-align:top"><strong>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG'
    "</strong><br><br><em>(đã ký)</em><br><br><strong>Hoàng Văn Quyết</strong></td>"
    "</tr></tbody></table>"
)


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align:right"><strong>{esc(line)}</strong></p>')


STORIES: list[Story] = [
    Story(
        101,
        "khai-giang-lop-trung-cap-ly-luan-chinh-tri-k45-he-khong-tap-trung",
        "Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung",
        "dao-tao-boi-duong",
        "2026-10-05T08:00:00+07:00",
        [
            P(
                "Sáng ngày 05/10/2026, Trường Chính trị tỉnh Bắc Kạn tổ chức khai giảng lớp Trung cấp "
                "lý luận chính trị K45 hệ không tập trung cho 86 học viên là cán bộ, công chức cấp xã "
                "và cán bộ các cơ quan, đơn vị trên địa bàn tỉnh."
            ),
            Img(f"{UP}/10/k45-khai-giang.jpg", "(Quang cảnh lễ khai giảng)", "Quang cảnh lễ khai giảng", "tbl"),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng nhà trường nhấn mạnh lớp học được mở "
                "theo kế hoạch đào tạo năm 2026 đã được Ban Thường vụ Tỉnh ủy phê duyệt."
            ),
            P(
                "Theo kế hoạch, khóa học kéo dài 12 tháng, học viên học tập trung mỗi tháng một tuần "
                "tại trường, gồm 5 phần học với 27 môn học và chuyên đề."
            ),
            P(
                "Nhà trường đề nghị học viên chấp hành nghiêm quy chế, nội quy học tập, phát huy tinh "
                "thần tự học, gắn lý luận với thực tiễn công tác tại cơ sở."
            ),
            _right("ThS. Hoàng Thị Lan - Khoa Lý luận cơ sở"),
        ],
        authors=["Hoàng Thị Lan"],
        opts={"at": "2026-10-05 08:00", "old": "khai-giang-k45"},
    ),
    Story(
        102,
        "chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv",
        "Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV",
        "tin-hoat-dong",
        "2026-10-15",
        [
            P(
                "Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với chủ đề “Nâng cao "
                "chất lượng bài giảng gắn với thực tiễn địa phương”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên đã thảo luận sôi nổi, chỉ ra những hạn chế trong "
                "việc cập nhật tư liệu thực tiễn vào bài giảng và đề xuất nhiều giải pháp cụ thể."
            ),
            P(
                "Kết luận buổi sinh hoạt, đồng chí Bí thư chi bộ yêu cầu mỗi giảng viên đăng ký ít nhất "
                "một chuyến đi thực tế tại cơ sở trong năm học."
            ),
            Raw('<p style="text-align:right"><strong>Khoa Xây dựng Đảng</strong></p>'),
        ],
        authors=["Khoa Xây dựng Đảng"],
        opts={"at": "2026-10-15 00:00"},
    ),
    Story(
        103,
        "hoi-thao-khoa-hoc-nang-cao-chat-luong-day-hoc-lich-su-dang-bo-dia-phuong",
        "Hội thảo khoa học “Nâng cao chất lượng dạy học lịch sử Đảng bộ địa phương”",
        "nghien-cuu-khoa-hoc",
        "2026-10-22T14:30:00+07:00",
        [
            P(
                "Chiều 22/10, Trường Chính trị tỉnh Bắc Kạn tổ chức hội thảo khoa học cấp trường về "
                "nâng cao chất lượng dạy học lịch sử Đảng bộ tỉnh trong chương trình trung cấp lý luận "
                "chính trị."
            ),
            P(
                "Hội thảo nhận được 18 tham luận của giảng viên và cán bộ quản lý. Nhiều ý kiến cho "
                "rằng tài liệu lịch sử Đảng bộ tỉnh cần được cập nhật thường xuyên.[1]"
            ),
            Img(f"{UP}/10/hoi-thao-lsdb.jpg", "Ảnh: Minh Đức", None, "fig"),
            P(
                "Các đại biểu cũng đề xuất tăng cường sử dụng di tích lịch sử trên địa bàn, như Khu "
                "di tích Nà Tu, làm địa điểm học tập thực tế cho học viên.[2]"
            ),
            P("Tài liệu tham khảo", "h"),
            P("[1] Ban Chấp hành Đảng bộ tỉnh Bắc Kạn, Lịch sử Đảng bộ tỉnh Bắc Kạn (1930 - 2020), Nxb Chính trị quốc gia Sự thật, 2021."),
            P("[2] Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn, Danh mục di tích lịch sử - văn hóa, 2024."),
            _right("TS. Lục Văn Hùng"),
        ],
        authors=["Lục Văn Hùng"],
        # (harmonised with the house: a line crediting only the photographer names them)
        photographers=["Minh Đức"],
        summary=(
            "Nhằm đổi mới nội dung, phương pháp giảng dạy phần lịch sử địa phương, nhà trường tổ chức "
            "hội thảo với sự tham gia của giảng viên các khoa và đại biểu Ban Tuyên giáo Tỉnh ủy."
        ),
        sapo_outside=True,
        opts={"at": "2026-10-22 14:30", "old": "hoi-thao-lich-su-dang-bo"},
    ),
    Story(
        104,
        "doan-thanh-nien-nha-truong-ra-quan-ve-sinh-moi-truong",
        "Đoàn Thanh niên nhà trường ra quân vệ sinh môi trường",
        "tin-hoat-dong",
        "2026-10-30T09:15:00+07:00",
        [
            P(
                "Hưởng ứng phong trào “Ngày Chủ nhật xanh”, Chi đoàn Trường Chính trị tỉnh Bắc Kạn "
                "tổ chức ra quân vệ sinh môi trường khuôn viên nhà trường và khu ký túc xá học viên."
            ),
            P(
                "Các đoàn viên đã dọn cỏ, thu gom rác thải, cắt tỉa cây xanh và trồng mới hơn 50 chậu "
                "hoa dọc lối vào giảng đường."
            ),
            P(
                "Hoạt động góp phần xây dựng cảnh quan xanh, sạch, đẹp, tạo môi trường học tập thân "
                "thiện cho học viên."
            ),
            Raw('<p style="text-align:right"><em>Tin, ảnh: Nông Thị Huyền</em></p>'),
        ],
        authors=["Nông Thị Huyền"],
        photographers=["Nông Thị Huyền"],
        opts={"at": "2026-10-30 09:15", "nfd": True},
    ),
    Story(
        105,
        "boi-duong-cap-nhat-kien-thuc-cho-bao-cao-vien-cap-huyen",
        "Bồi dưỡng cập nhật kiến thức cho báo cáo viên cấp huyện",
        "dao-tao-boi-duong",
        "2026-11-02T06:15:00+07:00",
        [
            P(
                "Từ ngày 02 đến 06/11/2026, nhà trường phối hợp với Ban Tuyên giáo Tỉnh ủy mở lớp bồi "
                "dưỡng cập nhật kiến thức cho 65 báo cáo viên cấp huyện."
            ),
            P("Nội dung bồi dưỡng gồm các chuyên đề:", "h"),
            P("Tình hình thời sự trong nước và quốc tế nổi bật năm 2026;", "li"),
            P("Công tác đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng;", "li"),
            P("Kỹ năng nói trước công chúng của báo cáo viên.", "li"),
            Img(f"{UP}/11/bcv-cap-huyen.jpg", "Giảng viên trao đổi với học viên trong giờ thảo luận", "Giảng viên trao đổi với học viên trong giờ thảo luận", "next"),
            P(
                "Kết thúc lớp học, các học viên viết bài thu hoạch và được cấp giấy chứng nhận hoàn "
                "thành chương trình bồi dưỡng."
            ),
            Raw('<p style="text-align:right"><em>Tin: Hà Thu Trang - Ảnh: Triệu Văn Bình</em></p>'),
        ],
        authors=["Hà Thu Trang"],
        photographers=["Triệu Văn Bình"],
        opts={"at": "2026-11-02 06:15"},
    ),
    Story(
        106,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "tin-hoat-dong",
        "2026-11-10T16:00:00+07:00",
        [
            P(
                "Hội thi giảng viên dạy giỏi cấp trường năm 2026 đã diễn ra trong hai ngày 09 và "
                "10/11 với sự tham gia của 14 giảng viên thuộc 4 khoa chuyên môn."
            ),
            Img(f"{UP}/11/hoi-thi-gvdg-1.jpg", "(Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng)", "Giảng viên Khoa Nhà nước và pháp luật trình bày bài giảng", "lazy"),
            P(
                "Mỗi giảng viên trình bày một bài giảng 45 phút trước Ban giám khảo và học viên lớp "
                "Trung cấp lý luận chính trị K44."
            ),
            Img(f"{UP}/11/hoi-thi-gvdg-2.jpg", "(Ban giám khảo trao giải cho các giảng viên)", "Ban giám khảo trao giải cho các giảng viên", "lazy"),
            P(
                "Kết quả, Ban tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích; "
                "hai giảng viên đạt giải Nhất được cử tham dự hội thi cấp tỉnh."
            ),
            _right("Phòng Quản lý đào tạo"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"at": "2026-11-10 16:00", "old": "hoi-thi-gvdg"},
    ),
    Story(
        107,
        "tong-ket-cong-tac-nghien-cuu-thuc-te-cua-giang-vien-nam-2026",
        "Tổng kết công tác nghiên cứu thực tế của giảng viên năm 2026",
        "dao-tao-boi-duong",
        "2026-11-14",
        [
            P(
                "Năm 2026, 100% giảng viên của nhà trường đã hoàn thành chế độ nghiên cứu thực tế "
                "theo quy định, tại 8 huyện, thành phố trong tỉnh."
            ),
            P(
                "Qua nghiên cứu thực tế, giảng viên thu thập được nhiều tư liệu mới, bổ sung vào bài "
                "giảng, giúp nội dung giảng dạy sát với thực tiễn hơn."
            ),
            P(
                "Năm 2027, nhà trường sẽ gắn nghiên cứu thực tế với việc biên soạn tài liệu giảng dạy "
                "phần kiến thức địa phương."
            ),
            Raw('<p style="text-align:right"><strong>Bùi Thị Ngọc</strong></p>'),
            Raw('<p><em>Nguồn: Báo Bắc Kạn điện tử</em></p>'),
        ],
        authors=["Bùi Thị Ngọc"],
        source="Báo Bắc Kạn điện tử",
        opts={"at": "2026-11-14 00:00", "words": True, "updated": "2026-12-01 10:05"},
    ),
    Story(
        108,
        "ket-qua-nghiem-thu-de-tai-khoa-hoc-cap-co-so-nam-2026",
        "Kết quả nghiệm thu đề tài khoa học cấp cơ sở năm 2026",
        "nghien-cuu-khoa-hoc",
        "2026-11-19T10:00:00+07:00",
        [
            P(
                "Hội đồng khoa học nhà trường đã nghiệm thu 4 đề tài khoa học cấp cơ sở năm 2026, "
                "kết quả cụ thể như sau:"
            ),
            P("STT | Tên đề tài | Chủ nhiệm | Xếp loại", "tr"),
            P("1 | Giải pháp nâng cao chất lượng học tập thực tế của học viên | ThS. Ma Văn Tú | Xuất sắc", "tr"),
            P("2 | Ứng dụng chuyển đổi số trong quản lý đào tạo | CN. Đinh Thị Hà | Tốt", "tr"),
            P("3 | Công tác dân vận ở các xã vùng cao tỉnh Bắc Kạn | ThS. Lý Thị Mai | Tốt", "tr"),
            P("4 | Bồi dưỡng kỹ năng cho cán bộ Mặt trận cấp xã | ThS. Dương Văn Sơn | Khá", "tr"),
            P(
                "Các đề tài có tính ứng dụng cao sẽ được nhà trường đề xuất đưa vào tài liệu tham "
                "khảo phục vụ giảng dạy."
            ),
            _right("Phòng Quản lý khoa học"),
        ],
        authors=["Phòng Quản lý khoa học"],
        opts={"at": "2026-11-19 10:00", "old": "nghiem-thu-de-tai"},
    ),
    Story(
        109,
        "be-giang-lop-boi-duong-kien-thuc-quoc-phong-an-ninh-doi-tuong-4",
        "Bế giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh đối tượng 4",
        "dao-tao-boi-duong",
        "2026-11-24T15:45:00+07:00",
        [
            P(
                "Chiều 24/11, nhà trường phối hợp với Bộ Chỉ huy Quân sự tỉnh bế giảng lớp bồi dưỡng "
                "kiến thức quốc phòng và an ninh cho 120 học viên đối tượng 4."
            ),
            P(
                "Sau 5 ngày học tập, 100% học viên hoàn thành chương trình, trong đó 38% đạt loại giỏi."
            ),
            Img(f"{UP}/11/qpan-dt4.jpg", "(Trao giấy chứng nhận cho học viên)", "Trao giấy chứng nhận cho học viên", "tbl"),
            Raw('<p style="text-align:right"><em>Tin: Hà Thu Trang - Ảnh: Triệu Văn Bình</em></p>'),
        ],
        authors=["Hà Thu Trang"],
        photographers=["Triệu Văn Bình"],
        opts={"at": "2026-11-24 15:45"},
    ),
    Story(
        110,
        "cong-doan-truong-to-chuc-giai-bong-chuyen-chao-mung-ngay-nha-giao-viet-nam",
        "Công đoàn trường tổ chức giải bóng chuyền chào mừng Ngày Nhà giáo Việt Nam",
        "tin-hoat-dong",
        "2026-11-28T08:30:00+07:00",
        [
            P(
                "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11, Công đoàn Trường Chính trị "
                "tỉnh Bắc Kạn tổ chức giải bóng chuyền hơi cho cán bộ, giảng viên."
            ),
            P("Giải đấu có 6 đội tham gia, thi đấu vòng tròn tính điểm."),
            P("Kết quả: giải Nhất thuộc về đội Khoa Lý luận cơ sở;", "br0"),
            P("giải Nhì thuộc về đội Phòng Tổ chức - Hành chính.", "br"),
            Img(f"{UP}/11/bong-chuyen.jpg", "Ảnh: Nông Thị Huyền", None, "next"),
            Raw('<p style="text-align:right"><em>Tin, ảnh: Nông Thị Huyền</em></p>'),
        ],
        authors=["Nông Thị Huyền"],
        photographers=["Nông Thị Huyền"],
        opts={"at": "2026-11-28 08:30", "old": "giai-bong-chuyen-2011"},
    ),
    Story(
        111,
        "thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-k46",
        "Thông báo tuyển sinh lớp Trung cấp lý luận chính trị K46 hệ không tập trung năm 2027",
        "thong-bao",
        "2026-11-30",
        [
            _LETTERHEAD,
            P(
                "Căn cứ kế hoạch đào tạo năm 2027, Trường Chính trị tỉnh Bắc Kạn thông báo tuyển sinh "
                "lớp Trung cấp lý luận chính trị K46 hệ không tập trung, như sau:"
            ),
            P("1. Đối tượng: cán bộ, công chức, viên chức trong quy hoạch theo quy định.", "b"),
            P("2. Hồ sơ gồm: quyết định cử đi học, sơ yếu lý lịch, bản sao bằng tốt nghiệp."),
            P("3. Thời gian nhận hồ sơ: từ ngày 01/12/2026 đến hết ngày 25/12/2026 tại Phòng Quản lý đào tạo."),
            P("Đề nghị các cơ quan, đơn vị quan tâm, cử cán bộ tham gia học tập."),
            _SIGN,
            Raw('<p class="dinh-kem">Tệp đính kèm: <a href="/assets/uploads/2026/11/tb-412-tct.pdf">tb-412-tct.pdf</a></p>'),
        ],
        authors=["Hoàng Văn Quyết"],
        opts={"at": "2026-12-01 14:20"},
    ),
    Story(
        112,
        "lich-hoc-tap-trung-thang-12-2026",
        "📢 Lịch học tập trung tháng 12/2026 các lớp Trung cấp lý luận chính trị",
        "thong-bao",
        "2026-12-02T23:45:00+07:00",
        [
            P(
                "Nhà trường thông báo lịch học tập trung tháng 12/2026 của các lớp Trung cấp lý luận "
                "chính trị hệ không tập trung."
            ),
            P("Lớp K44: từ ngày 07/12 đến 11/12/2026, tại Hội trường A."),
            P("Lớp K45: từ ngày 14/12 đến 18/12/2026, tại Hội trường B."),
            P("Học viên có mặt trước 7 giờ 15 phút ngày đầu tiên để điểm danh."),
            Raw('<p class="xem-them"><strong>Xem thêm:</strong> <a href="/dao-tao/lich-hoc">Lịch học toàn khóa</a></p>'),
        ],
        opts={"at": "2026-12-02 23:45"},
    ),
    Story(
        113,
        "truong-chinh-tri-tinh-bac-kan-don-doan-kiem-tra-cong-tac-dao-tao",
        "TRƯỜNG CHÍNH TRỊ TỈNH BẮC KẠN đón Đoàn kiểm tra công tác đào tạo, bồi dưỡng năm 2026",
        "tin-hoat-dong",
        "2026-12-04T09:00:00+07:00",
        [
            P(
                "Ngày 04/12, Đoàn kiểm tra của Ban Tổ chức Tỉnh ủy đã làm việc với Trường Chính trị "
                "tỉnh Bắc Kạn về kết quả thực hiện nhiệm vụ đào tạo, bồi dưỡng năm 2026.",
                "b",
            ),
            P(
                "Báo cáo với Đoàn, lãnh đạo nhà trường cho biết năm 2026 trường đã mở 24 lớp với "
                "tổng số 2.150 lượt học viên, vượt 8% so với kế hoạch."
            ),
            Img(f"{UP}/12/doan-kiem-tra.jpg", "(Đoàn kiểm tra làm việc với nhà trường)", "Đoàn kiểm tra làm việc với nhà trường", "tbl"),
            P(
                "“Nhà trường cần tiếp tục đổi mới phương pháp giảng dạy theo hướng phát huy tính tích "
                "cực của người học”, Trưởng đoàn kiểm tra đề nghị.",
                "quote",
            ),
            P(
                "Đoàn ghi nhận những kết quả nhà trường đạt được, đồng thời lưu ý việc chuẩn hóa đội "
                "ngũ giảng viên theo tiêu chuẩn trường chính trị chuẩn mức 1."
            ),
            _right("Văn phòng Trường"),
            Raw('<p><em>Nguồn: Báo Bắc Kạn điện tử</em></p>'),
        ],
        authors=["Văn phòng Trường"],
        source="Báo Bắc Kạn điện tử",
        summary=(
            "Ngày 04/12, Đoàn kiểm tra của Ban Tổ chức Tỉnh ủy đã làm việc với Trường Chính trị tỉnh "
            "Bắc Kạn về kết quả thực hiện nhiệm vụ đào tạo, bồi dưỡng năm 2026."
        ),
        opts={"at": "2026-12-04 09:00"},
    ),
]
BY_ID = {s.id: s for s in STORIES}
NEWEST = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)
#: a draft in the shoebox: never published, its URL answers 404
DRAFT = {"id": 114, "slug": "du-thao-ke-hoach-dao-tao-nam-2027", "title": "Dự thảo kế hoạch đào tạo năm 2027"}
MOST_READ = [106, 103, 110, 101, 108]


def _path(s: Story) -> str:
    return f"/bai-viet/{s.id}-{s.slug}"


def _old_path(s: Story) -> str | None:
    return f"/bai-viet/{s.id}-{s.opts['old']}" if "old" in s.opts else None


def _local(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%Y-%m-%d %H:%M")


def _utc_iso(local: datetime) -> str:
    return (local - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S.000Z")


_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]

# --- chrome -----------------------------------------------------------------------------------

_counter = {"n": 0}


def _eid() -> str:
    _counter["n"] += 1
    return f"ember{300 + _counter['n'] * 7}"


def _menu() -> str:
    cats = "".join(f'<li><a href="/chuyen-muc/{k}" class="ember-view">{esc(v)}</a></li>' for k, v in CATS.items())
    return (
        '<nav class="mn-chinh"><ul class="mn-c1">'
        '<li><a href="/" class="ember-view active">Trang chủ</a></li>'
        '<li class="co-con"><a href="/gioi-thieu/lich-su-phat-trien">Giới thiệu</a><ul class="mn-c2">'
        '<li><a href="/gioi-thieu/lich-su-phat-trien">Lịch sử phát triển</a></li>'
        '<li><a href="/gioi-thieu/co-cau-to-chuc">Cơ cấu tổ chức</a></li>'
        '<li><a href="/gioi-thieu/lien-he">Liên hệ</a></li></ul></li>'
        f'<li class="co-con"><a href="/tin-tuc">Tin tức</a><ul class="mn-c2">{cats}</ul></li>'
        '<li class="co-con"><a href="/dao-tao/lich-hoc">Đào tạo</a><ul class="mn-c2">'
        '<li><a href="/dao-tao/lich-hoc">Lịch học</a></li>'
        '<li><a href="/chuyen-muc/dao-tao-boi-duong">Tin đào tạo</a></li></ul></li>'
        '<li><a href="/chuyen-muc/nghien-cuu-khoa-hoc">Nghiên cứu khoa học</a></li>'
        '<li><a href="https://backan.dcs.vn" target="_blank" rel="noopener">Cổng TTĐT Đảng bộ tỉnh</a></li>'
        "</ul></nav>"
    )


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{_old_path(BY_ID[i])}" id="{_eid()}" class="ember-view">{esc(BY_ID[i].title)}</a>'
        f'<span class="lx">{BY_ID[i].views()} lượt xem</span></li>'
        for i in MOST_READ
    )
    return (
        f'<aside class="cot-phai"><div id="{_eid()}" class="ember-view kh-xn"><h3 class="tde-kh">Tin xem nhiều</h3>'
        f"<ol>{most}</ol></div>"
        '<div class="kh-ta"><h3 class="tde-kh">Thư viện ảnh</h3><ul>'
        '<li><a href="/thu-vien-anh/khai-giang-lop-k45"><img src="/assets/uploads/album/k45-bia.jpg" alt="">'
        "Khai giảng lớp Trung cấp LLCT K45</a></li>"
        '<li><a href="/thu-vien-anh/hoi-thi-giang-vien-day-gioi-2026"><img src="/assets/uploads/album/gvdg-bia.jpg" alt="">'
        "Hội thi giảng viên dạy giỏi 2026</a></li></ul></div>"
        '<div class="kh-bc"><h3 class="tde-kh">Thăm dò ý kiến</h3><p>Bạn đánh giá thế nào về giao diện website mới?</p>'
        '<form onsubmit="return false"><label><input type="radio" name="bc" value="1"> Đẹp, dễ sử dụng</label>'
        '<label><input type="radio" name="bc" value="2"> Bình thường</label>'
        '<label><input type="radio" name="bc" value="3"> Khó sử dụng</label>'
        '<button type="button" data-action="vote">Biểu quyết</button></form></div>'
        '<div class="kh-lk"><h3 class="tde-kh">Liên kết website</h3><select onchange="window.open(this.value)">'
        '<option>-- Chọn liên kết --</option><option value="https://www.hcma.vn">Học viện CTQG Hồ Chí Minh</option>'
        '<option value="https://backan.gov.vn">Cổng TTĐT tỉnh Bắc Kạn</option></select>'
        '<a href="https://www.tapchicongsan.org.vn" target="_blank"><img src="/assets/images/banner-tccs.png" alt="Tạp chí Cộng sản"></a></div>'
        '<div class="kh-tk"><h3 class="tde-kh">Thống kê truy cập</h3><ul>'
        "<li>Đang online: 27</li><li>Hôm nay: 412</li><li>Tổng truy cập: 1.284.905</li></ul></div>"
        "</aside>"
    )


def _page(title: str, crumbs: list[tuple[str, str | None]], main: str, shoebox: dict, desc: str = "",
          canonical: str | None = None, request: Request | None = None, og_image: str = "") -> Response:
    host = "http://" + (request.headers.get("Host", "127.0.0.1") if request else "127.0.0.1")
    crumb = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="ht">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    config = "%7B%22modulePrefix%22%3A%22tct-backan%22%2C%22environment%22%3A%22production%22%2C%22rootURL%22%3A%22%2F%22%2C%22locationType%22%3A%22history%22%7D"
    store = json.dumps(shoebox, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
    head_extra = f'<link rel="canonical" href="{host}{canonical}">' if canonical else ""
    if og_image:
        head_extra += f'<meta property="og:image" content="{host}{og_image}">'
    body = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)} | {SITE}</title>
<meta name="description" content="{esc(desc or SITE)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="tct-backan/config/environment" content="{config}">
{head_extra}
<link integrity="" rel="stylesheet" href="/assets/vendor-8d2c41f0.css">
<link integrity="" rel="stylesheet" href="/assets/tct-backan-1b77e3a9.css">
<link rel="icon" href="/assets/images/favicon.ico">
</head>
<body class="ember-application">
<script type="x/boundary" id="fastboot-body-start"></script>
<div id="ember318" class="ember-view khung-trang">
<div class="thanh-tren"><span class="ngay-ht">{HEADER_TODAY}</span>
<span class="lh-nhanh">Đường dây nóng: 0209.3870.215</span>
<form class="tim-kiem" action="/tin-tuc" method="get" onsubmit="return false"><input name="tu-khoa" placeholder="Tìm kiếm..."><button type="button">Tìm</button></form></div>
<header class="dau-trang"><a href="/" id="ember322" class="ember-view logo"><img src="/assets/images/logo-tct-bk.png" alt="Logo"></a>
<div class="ten-truong"><p class="cq-cq">TỈNH ỦY BẮC KẠN</p><p class="ten">TRƯỜNG CHÍNH TRỊ TỈNH BẮC KẠN</p></div></header>
{_menu()}
<div class="chay-chu"><span class="nhan">Thông báo:</span><marquee scrollamount="3"><a href="{_path(BY_ID[111])}">Tuyển sinh lớp Trung cấp lý luận chính trị K46 hệ không tập trung năm 2027</a></marquee></div>
<ol class="dd-bc">{crumb}</ol>
<!---->
<div class="than-trang"><main id="ember344" class="ember-view cot-trai">
{main}
</main>
{_sidebar()}</div>
<footer class="chan-trang"><div class="ft-tt"><p><strong>TRƯỜNG CHÍNH TRỊ TỈNH BẮC KẠN</strong></p>
<p>Địa chỉ: Tổ 7, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn</p>
<p>Điện thoại: 0209.3870.215 - Email: truongchinhtri@backan.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Hiệu trưởng Trường Chính trị tỉnh Bắc Kạn</p>
<p>© Bản quyền 2026 thuộc về Trường Chính trị tỉnh Bắc Kạn. Thiết kế bởi Công ty TNHH Giải pháp số Phương Bắc.</p></div>
<ul class="mxh"><li><a href="https://www.facebook.com/truongchinhtribackan" target="_blank">Facebook</a></li>
<li><a href="https://www.youtube.com/@truongchinhtribackan" target="_blank">YouTube</a></li></ul></footer>
<div id="ember-basic-dropdown-wormhole"></div>
</div>
<script type="x/boundary" id="fastboot-body-end"></script>
<script type="fastboot/shoebox" id="shoebox-tct-store">{store}</script>
<noscript>Vui lòng bật JavaScript để sử dụng đầy đủ chức năng của website.</noscript>
<script src="/assets/vendor-4f9e02bd.js"></script>
<script src="/assets/tct-backan-9e2b71c4.js"></script>
</body>
</html>
"""
    return html(body, headers={"X-Powered-By": "FastBoot", "Cache-Control": "no-cache"})


# --- article --------------------------------------------------------------------------------


def _img(img: Img) -> str:
    alt = esc(img.caption or "")
    if img.style == "tbl":
        return (
            '<table class="tbl-anh" style="margin:0 auto;width:90%" cellpadding="3"><tbody>'
            f'<tr><td><img src="{img.src}" alt="{alt}" style="width:100%"></td></tr>'
            f'<tr><td style="text-align:center"><em>{esc(img.printed or "")}</em></td></tr></tbody></table>'
        )
    if img.style == "fig":
        return f'<figure class="image"><img src="{img.src}" alt=""><figcaption>{esc(img.printed or "")}</figcaption></figure>'
    if img.style == "lazy":
        return (
            f'<div id="{_eid()}" class="ember-view anh-lazy"><img src="/assets/images/blank-1x1.gif" '
            f'data-src="{img.src}" class="lazyload" alt="{alt}" loading="lazy"></div>'
            f'<p class="cap-anh" style="text-align:center"><em>{esc(img.printed or "")}</em></p>'
        )
    line = f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>' if img.printed else ""
    return f'<p style="text-align:center"><img src="{img.src}" alt="{alt}"></p>{line}'


def _body(s: Story) -> str:
    nfd = bool(s.opts.get("nfd"))
    out: list[str] = []
    group: tuple[str, list[str]] | None = None

    def flush() -> None:
        nonlocal group
        if group:
            kind, items = group
            if kind == "li":
                out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            else:
                rows = []
                for n, row in enumerate(items):
                    tag = "th" if n == 0 else "td"
                    rows.append("<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row.split(" | ")) + "</tr>")
                out.append('<table border="1" cellspacing="0" cellpadding="4" style="width:100%"><tbody>' + "".join(rows) + "</tbody></table>")
        group = None

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("li", "tr"):
            if group is None or group[0] != b.style:
                flush()
                group = (b.style, [])
            group[1].append(text(b.text, nfd=nfd))
            continue
        flush()
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style == "h":
            out.append(f"<h3><strong>{text(b.text, nfd=nfd)}</strong></h3>")
        elif b.style == "b":
            out.append(f'<p style="text-align:justify"><strong>{text(b.text, nfd=nfd)}</strong></p>')
        elif b.style == "quote":
            out.append(f"<blockquote><p><em>{text(b.text, nfd=nfd)}</em></p></blockquote>")
        elif b.style == "br":
            out[-1] = out[-1].replace("</p>", f"<br>\n{text(b.text, nfd=nfd)}</p>")
        else:
            if len(out) % 3 == 2:
                out.append("<!---->")
            out.append(f'<p style="text-align:justify">{text(b.text, nfd=nfd)}</p>')
    flush()
    return "\n".join(out)


def _record(s: Story, with_body: bool = True) -> dict:
    attrs = {
        "tieu-de": s.title,
        "duong-dan": s.slug,
        "tom-tat": s.summary or "",
        "published-at": _utc_iso(_local(s)),
        "updated-at": _utc_iso(datetime.strptime(s.opts.get("updated", s.opts["at"]), "%Y-%m-%d %H:%M")),
        "luot-xem": s.views(),
        "nguoi-dang": "bbt_tct",
        "trang-thai": "published",
    }
    if with_body:
        attrs["noi-dung"] = _body(s)
    return {
        "type": "bai-viet",
        "id": str(s.id),
        "attributes": attrs,
        "relationships": {"chuyen-muc": {"data": {"type": "chuyen-muc", "id": s.cat}}},
    }


def _draft_record() -> dict:
    return {
        "type": "bai-viet",
        "id": str(DRAFT["id"]),
        "attributes": {
            "tieu-de": DRAFT["title"],
            "duong-dan": DRAFT["slug"],
            "published-at": None,
            "trang-thai": "draft",
        },
    }


def _cat_record(slug: str) -> dict:
    return {"type": "chuyen-muc", "id": slug, "attributes": {"ten": CATS[slug]}}


def _related(s: Story) -> list[Story]:
    same = [o for o in NEWEST if o.cat == s.cat and o.id != s.id]
    return same[:3]


def _date_line(s: Story) -> str:
    local = _local(s)
    iso = _utc_iso(local)
    if s.opts.get("words"):
        shown = f"{_THU[local.weekday()]}, {local.day} tháng {local.month} năm {local.year}"
        return f'<time datetime="{iso}" class="ngay-cu">{shown}</time>'
    return f'<span class="nhan">Đăng lúc</span> <time datetime="{iso}">{local:%H:%M} | {local:%d/%m/%Y}</time>'


def article_page(s: Story, request: Request) -> Response:
    cat = CATS[s.cat]
    updated = s.opts.get("updated")
    upd = (
        f'<span class="cn-bv">Cập nhật: {datetime.strptime(updated, "%Y-%m-%d %H:%M"):%d/%m/%Y %H:%M}</span>'
        if updated else "<!---->"
    )
    sapo = (
        f'<div class="tom-tat"><strong>{esc(s.summary)}</strong></div>' if s.summary and s.sapo_outside else "<!---->"
    )
    rel = "".join(
        f'<li><a href="{_path(o)}" id="{_eid()}" class="ember-view">{esc(o.title)}</a> '
        f'<span class="ng">({_local(o):%d/%m/%Y})</span></li>'
        for o in _related(s)
    )
    rel_ids = {o.id for o in _related(s)}
    others = "".join(
        f'<li><a href="{_path(o)}">{esc(o.title)}</a></li>'
        for o in [x for x in NEWEST if x.id != s.id and x.id not in rel_ids][:5]
    )
    first_img = s.images[0].src if s.images else ""
    main = f"""<article id="{_eid()}" class="ember-view khung-bv" data-id="{s.id}">
<h1 class="td-bv">{esc(s.title)}</h1>
<div class="tt-bv"><span class="ng-dang">Người đăng: bbt_tct</span> <span class="sep">|</span> {_date_line(s)}
<span class="sep">|</span> <span class="lx">Lượt xem: {s.views()}</span> {upd}</div>
<div class="cong-cu"><a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftct.backan.gov.vn{_path(s)}" target="_blank" class="fb">Chia sẻ</a>
<a href="https://zalo.me/share?u=http%3A%2F%2Ftct.backan.gov.vn{_path(s)}" target="_blank" class="zl">Zalo</a>
<button type="button" class="in" data-action="print">In bài</button>
<button type="button" data-co="-1">A-</button><button type="button" data-co="1">A+</button></div>
{sapo}
<div id="{_eid()}" class="ember-view nd-bv">
{_body(s)}
</div>
<div class="tu-khoa"><span>Từ khóa:</span> <span class="the">{esc(cat)}</span> <span class="the">Trường Chính trị</span></div>
<div id="{_eid()}" class="ember-view ds-lq"><h4 class="tde-lq">Tin liên quan</h4><ul>{rel}</ul></div>
</article>
<section class="cac-tin-khac"><h4>Các tin khác</h4><ul>{others}</ul></section>"""
    shoebox = {
        "data": _record(s),
        "included": [_record(o, with_body=False) for o in _related(s)] + [_cat_record(s.cat), _draft_record()],
    }
    return _page(
        s.title,
        [("Tin tức", "/tin-tuc"), (cat, f"/chuyen-muc/{s.cat}")],
        main,
        shoebox,
        desc=collapse(s.paragraphs[0])[:160],
        canonical=_path(s),
        request=request,
        og_image=first_img,
    )


# --- listings -------------------------------------------------------------------------------


def _card(s: Story, big: bool = False) -> str:
    thumb = s.images[0].src.replace(".jpg", "-thumb.jpg") if s.images else "/assets/images/no-image.png"
    lead = collapse(s.summary or s.paragraphs[0])
    lead = lead[:140] + "…" if len(lead) > 140 else lead
    return (
        f'<div id="{_eid()}" class="ember-view o-tin{" o-tin-lon" if big else ""}">'
        f'<a href="{_path(s)}" class="anh"><img src="{thumb}" alt=""></a>'
        f'<h3><a href="{_path(s)}">{esc(s.title)}</a></h3>'
        f'<p class="ngay">{_local(s):%d/%m/%Y}</p><p class="mo-ta">{esc(lead)}</p></div>'
    )


def _pager(base: str, page: int, pages: int) -> str:
    if pages <= 1:
        return "<!---->"
    links = []
    if page > 1:
        links.append(f'<a href="{base}?trang={page - 1}" class="pt-truoc">‹ Trang trước</a>')
    for n in range(1, pages + 1):
        cls = ' class="hien-tai"' if n == page else ""
        links.append(f'<a href="{base}?trang={n}"{cls}>{n}</a>')
    if page < pages:
        links.append(f'<a href="{base}?trang={page + 1}" class="pt-sau">Trang sau ›</a>')
        links.append(f'<a href="{base}?trang={pages}">Trang cuối »</a>')
    return f'<div id="{_eid()}" class="ember-view phan-trang">{"".join(links)}</div>'


def _listing(request: Request, base: str, items: list[Story], size: int, title: str,
             crumbs: list[tuple[str, str | None]]) -> Response | None:
    raw = request.params.get("trang", "1")
    if not raw.isdigit():
        return None
    page = int(raw)
    pages = max(1, -(-len(items) // size))
    if page < 1 or page > pages:
        return None
    chunk = items[(page - 1) * size: page * size]
    main = (
        f'<h2 class="tde-cm">{esc(title)}</h2><div class="ds-tin">'
        + "".join(_card(s) for s in chunk)
        + "</div>"
        + _pager(base, page, pages)
    )
    shoebox = {"data": [_record(s, with_body=False) for s in chunk], "meta": {"trang": page, "tong-so-trang": pages}}
    return _page(title + (f" - Trang {page}" if page > 1 else ""), crumbs, main, shoebox, request=request)


def home_page(request: Request) -> Response:
    top = NEWEST[0]
    latest = "".join(f'<li><a href="{_path(s)}">{esc(s.title)}</a> <span>({_local(s):%d/%m})</span></li>' for s in NEWEST[1:5])
    boxes = "".join(
        f'<section class="hop-cm"><h2><a href="/chuyen-muc/{k}">{esc(v)}</a></h2>'
        + "".join(_card(s) for s in [x for x in NEWEST[:5] if x.cat == k][:2])
        + f'<a href="/chuyen-muc/{k}" class="xem-tc">Xem tất cả »</a></section>'
        for k, v in CATS.items()
    )
    main = (
        f'<div class="noi-bat">{_card(top, big=True)}<ul class="tin-moi">{latest}</ul></div>'
        f"{boxes}"
        '<div class="hop-cm"><h2><a href="/tin-tuc">Tin tức - Sự kiện</a></h2><a href="/tin-tuc" class="xem-tc">Xem tất cả »</a></div>'
    )
    shoebox = {"data": [_record(s, with_body=False) for s in NEWEST[:5]]}
    return _page("Trang chủ", [], main, shoebox, desc="Cổng thông tin điện tử Trường Chính trị tỉnh Bắc Kạn", request=request)


# --- non-articles ---------------------------------------------------------------------------

INTRO = {
    "lich-su-phat-trien": (
        "Lịch sử phát triển",
        [
            "Trường Chính trị tỉnh Bắc Kạn được thành lập năm 1997 trên cơ sở Trường Đảng tỉnh Bắc Thái tách ra khi tái lập tỉnh Bắc Kạn.",
            "Qua gần 30 năm xây dựng và phát triển, nhà trường đã đào tạo, bồi dưỡng hàng chục nghìn lượt cán bộ cho hệ thống chính trị các cấp của tỉnh.",
            "Năm 2022, nhà trường được công nhận đạt chuẩn mức 1 theo quy định của Ban Bí thư.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Ban Giám hiệu: Hiệu trưởng và 02 Phó Hiệu trưởng.",
            "Các phòng chức năng: Phòng Tổ chức - Hành chính; Phòng Quản lý đào tạo; Phòng Quản lý khoa học.",
            "Các khoa chuyên môn: Khoa Lý luận cơ sở; Khoa Xây dựng Đảng; Khoa Nhà nước và pháp luật; Khoa Dân vận.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Trường Chính trị tỉnh Bắc Kạn",
            "Địa chỉ: Tổ 7, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn",
            "Điện thoại: 0209.3870.215 - Fax: 0209.3870.216 - Email: truongchinhtri@backan.gov.vn",
        ],
    ),
}

ALBUMS = {
    "khai-giang-lop-k45": (
        "Khai giảng lớp Trung cấp LLCT K45",
        "2026-10-05 10:20",
        [("k45-1.jpg", "Đại biểu dự lễ khai giảng"), ("k45-2.jpg", "Học viên lớp K45 chụp ảnh lưu niệm")],
    ),
    "hoi-thi-giang-vien-day-gioi-2026": (
        "Hội thi giảng viên dạy giỏi 2026",
        "2026-11-11 08:00",
        [("gvdg-a.jpg", "Một tiết giảng dự thi"), ("gvdg-b.jpg", "Ban giám khảo chấm thi"), ("gvdg-c.jpg", "Trao giải hội thi")],
    ),
}

SCHEDULE = [
    ("K44", "07/12/2026 - 11/12/2026", "Phần V: Kỹ năng lãnh đạo, quản lý", "Hội trường A"),
    ("K45", "14/12/2026 - 18/12/2026", "Phần I: Những vấn đề cơ bản của chủ nghĩa Mác - Lênin", "Hội trường B"),
    ("BD QP-AN ĐT4", "21/12/2026 - 25/12/2026", "Kiến thức quốc phòng và an ninh", "Hội trường A"),
]


def intro_page(slug: str, request: Request) -> Response | None:
    if slug not in INTRO:
        return None
    title, paras = INTRO[slug]
    main = (
        f'<div id="{_eid()}" class="ember-view trang-gt"><h1 class="td-gt">{esc(title)}</h1>'
        + "".join(f"<p>{esc(p)}</p>" for p in paras)
        + "</div>"
    )
    return _page(title, [("Giới thiệu", "/gioi-thieu/lich-su-phat-trien"), (title, None)], main, {"data": {"type": "trang", "id": slug}}, request=request)


def album_page(slug: str, request: Request) -> Response | None:
    if slug not in ALBUMS:
        return None
    title, at, photos = ALBUMS[slug]
    local = datetime.strptime(at, "%Y-%m-%d %H:%M")
    figs = "".join(
        f'<figure class="anh-album"><img src="/assets/uploads/album/{f}" alt="{esc(c)}"><figcaption>{esc(c)}</figcaption></figure>'
        for f, c in photos
    )
    main = (
        f'<div id="{_eid()}" class="ember-view album"><h1 class="td-bv">{esc(title)}</h1>'
        f'<div class="tt-bv"><time datetime="{_utc_iso(local)}">{local:%H:%M} | {local:%d/%m/%Y}</time> | Lượt xem: 356</div>'
        f'<div class="luoi-anh">{figs}</div></div>'
    )
    return _page(title, [("Thư viện ảnh", None), (title, None)], main, {"data": {"type": "album", "id": slug}}, request=request)


def schedule_page(request: Request) -> Response:
    rows = "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>" for a, b, c, d in SCHEDULE)
    main = (
        f'<div id="{_eid()}" class="ember-view lich-hoc"><h1 class="td-gt">Lịch học tập trung tháng 12/2026</h1>'
        '<table border="1" cellspacing="0"><thead><tr><th>Lớp</th><th>Thời gian</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _page("Lịch học", [("Đào tạo", None), ("Lịch học", None)], main, {"data": []}, request=request)


# --- routing --------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/bai-viet/(\d+)-([a-z0-9-]+)$")


class FastBootSite:
    def respond(self, request: Request) -> Response | None:
        _counter["n"] = 0  # FastBoot renders each visit afresh: the component ids start again
        path = request.path
        if path.startswith("/assets/"):
            return static_file(path) or (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path.endswith(".pdf") else None
            )
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/":
            return home_page(request) if not request.query else None
        if path == "/tin-tuc":
            return _listing(request, "/tin-tuc", NEWEST, NEWS_PAGE, "Tin tức - Sự kiện", [("Tin tức", None)])
        if path.startswith("/chuyen-muc/"):
            slug = path[len("/chuyen-muc/"):]
            if slug not in CATS:
                return None
            items = [s for s in NEWEST if s.cat == slug]
            return _listing(request, path, items, CAT_PAGE, CATS[slug], [("Tin tức", "/tin-tuc"), (CATS[slug], None)])
        m = _ARTICLE.match(path)
        if m:
            s = BY_ID.get(int(m.group(1)))
            if s is None or m.group(2) not in (s.slug, s.opts.get("old")) or request.query:
                return None
            return article_page(s, request)
        if path.startswith("/gioi-thieu/"):
            return intro_page(path[len("/gioi-thieu/"):], request)
        if path.startswith("/thu-vien-anh/"):
            return album_page(path[len("/thu-vien-anh/"):], request)
        if path == "/dao-tao/lich-hoc":
            return schedule_page(request)
        return None


def build_site() -> FastBootSite:
    return FastBootSite()


# --- gold -----------------------------------------------------------------------------------


def _gold(s: Story) -> dict:
    old = _old_path(s)
    return gold_record(s, _path(s), CATS[s.cat], alt_paths=[old] if old else ())


GOLD = [_gold(s) for s in sorted(STORIES, key=lambda s: s.id)]

NON_ARTICLES = [
    "/gioi-thieu/lich-su-phat-trien",
    "/gioi-thieu/co-cau-to-chuc",
    "/gioi-thieu/lien-he",
    "/dao-tao/lich-hoc",
    "/thu-vien-anh/khai-giang-lop-k45",
    "/thu-vien-anh/hoi-thi-giang-vien-day-gioi-2026",
]
