"""Bản tin Trường Chính trị tỉnh Sơn La, published as a HonKit (GitBook 3 style) static book.

Platform: the school's monthly "Bản tin" is written in Markdown and built with HonKit 3.x (the
default theme: ``div.book`` > ``div.book-summary`` with the SUMMARY's ``ul.summary``, and
``div.book-body`` > ``div.body-inner`` > ``div.book-header`` + ``div.page-wrapper`` >
``div.page-inner`` > ``section.normal.markdown-section``). Plugins in use: ``anchor-navigation-ex``
(a floating heading list), ``image-captions`` (numbered ``<figure>``), ``hints`` (callouts),
``tbfed-pagefooter`` (a footer with the file's modification time appended *inside* the
section), ``git-author`` (the build account), ``search`` (``/search_index.json``) and the
theme's arrows plus a "‹ Trang trước / Trang sau ›" bar. The October issue was built earlier as
a book of its own (GitBook 3.2.3) and copied under ``/ban-tin/2026-10/``: its pages carry their
own summary whose root is the issue page.

URL scheme
- ``/`` and ``/index.html``: the book's README (landing: "Tiêu điểm" and the issues);
- ``/gioi-thieu.html``, ``/lien-he.html``: intro and contact pages;
- ``/ban-tin/<yyyy>-<mm>/index.html`` (also ``/ban-tin/<yyyy>-<mm>/``): an issue's page, a
  listing of its items by section;
- ``/ban-tin/<yyyy>-<mm>/<slug>.html``: an item (article); nginx's ``try_files $uri $uri.html``
  also serves it as ``/ban-tin/<yyyy>-<mm>/<slug>``, the form the issue pages' hand-written
  card grids link to;
- ``/ban-tin/2026-11/van-ban-moi.html`` (new documents), ``/ban-tin/2026-12/album-anh.html``
  (photo album): pages of an issue that are not articles;
- ``/search_index.json``: the lunr index of the main book (urls, titles, plain text);
- images under ``/ban-tin/<yyyy>-<mm>/assets/`` and ``/gitbook/images/``.

How each gold article is reached: the December and November items are in the left summary of
every main-book page (Issue > section label without a link > item) and in their issue's card
grid (extension-less links); the October items are in no main-book summary: the main summary
links only the October issue page (archived), whose own summary and listing link its items.

Traps
1. Two h1 before the headline: the theme's ``div.book-header h1`` prints the book's name, and
   ``div.page-inner`` holds the hidden search panel whose ``h1.search-results-title`` reads
   "Không tìm thấy kết quả cho …". Gold title: the section's own ``h1``.
2. ``<title>`` and ``gitbook.page.hasChanged({"page":{"title":…}})`` print the SUMMARY's short
   label ("Khai giảng lớp TCLLCT K45"), not the headline the page prints. Gold: the h1.
3. Three dates that are no publication date on every item: the ``tbfed-pagefooter`` line
   "Sửa đổi lần cuối: 2026-12-04 16:02:11" appended inside ``section.markdown-section``, the
   page JSON's ``file.mtime``/``gitbook.time`` (UTC build stamps), and the issue callout
   ("Bản tin số 12 · phát hành 04/12/2026") printed on each item. Gold: the item's date line.
4. Item date lines differ: "Cập nhật: 04/12/2026 09:10 | Đăng: 30/11/2026 14:30" (update first,
   gold the "Đăng" one), a date only in a Markdown metadata table, "Thứ Sáu, 20/11/2026 - 14:30",
   a letterhead's "Sơn La, ngày 01 tháng 12 năm 2026", and the old build's "Ngày 22/10/2026,
   lúc 08:00". The headline "… Ngày Nhà giáo Việt Nam 20/11" is no date.
5. Markdown's hard-wrapped source: every ``<p>`` holds raw newlines every ~70 characters (the
   editors wrap their .md files); a paragraph is one paragraph (newline = space). Two trailing
   spaces made a ``<br>``: that line is a paragraph of its own.
6. ``anchor-navigation-ex`` prints ``div#anchor-navigation-ex-navbar`` (a list repeating every
   heading) at the top of the section and a "goTop" arrow: not body; the headings are.
7. ``image-captions`` wraps photos in ``<figure id="fig2.3.1">`` with a generated
   ``<figcaption>Hình 2.3.1: Quang cảnh …</figcaption>``: the caption is the editor's text
   without the generated "Hình 2.3.1: " label. Elsewhere Markdown puts a photo and its italic
   line in one ``<p>`` (``<img><br><em>…</em>``), and a line "Ảnh: X" only credits X.
8. GitBook footnotes: ``<sup><a href="#fn_1" id="reffn_1">1</a></sup>`` in the text (no text:
   it would glue to the word), notes as ``<blockquote id="fn_1"><sup>1</sup>. …<a
   href="#reffn_1"> ↩</a></blockquote>``: each note is a paragraph "1. …" without the "↩".
9. A Markdown metadata table at the top of one item (Ngày đăng | Người viết | Chuyên mục): it is
   the date and the byline, not text; another item's results table is text (rows as
   paragraphs, cells joined by " | ").
10. The category is the SUMMARY's link-less label (``<li class="chapter"><span>Tin hoạt
    động</span>``) between the issue (a link) and the item, not the issue; the October book's
    own summary has the same labels at its top level, and its issue page prints them as ``h2``.
11. The same item is linked as ``slug.html`` (summary, arrows) and as ``slug`` (issue card grid,
    landing "Tiêu điểm"), both 200 with the same page and no canonical link.
12. ``git-author`` prints "Người tạo: bantin-bot · Người sửa cuối: quantri" inside the page:
    build accounts, nobody. The "‹ Trang trước: … / Trang sau: … ›" bar at the end of the
    section prints the neighbours' titles: not body.
13. A notice printed as a Party-style document (letterhead "ĐẢNG BỘ TỈNH SƠN LA / TRƯỜNG CHÍNH
    TRỊ | ĐẢNG CỘNG SẢN VIỆT NAM", "Số: …", "THÔNG BÁO / Về việc …", "Nơi nhận", "K/T HIỆU
    TRƯỞNG / PHÓ HIỆU TRƯỞNG" and the signer): date the letterhead's day, signer the author.

Gold decisions on ambiguous points
- The figcaption's generated "Hình n.n.n: " label is no caption text (like a list marker).
- The metadata table is no body; its "Chuyên mục" cell agrees with the summary label.
- "ThS. Lường Thị Hạnh – Khoa Xây dựng Đảng" -> "Lường Thị Hạnh"; a unit signing alone
  ("Phòng Quản lý đào tạo") is the author as printed.
- Footnote notes are body paragraphs "n. text" (the ``<sup>n</sup>`` then ". " as printed).
- Issue pages, the album and the documents page are not articles.
"""

from __future__ import annotations

import json
import posixpath
import re

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, esc, gold_record, static_file

NAME = "gitbook_like_docs_tct"
PLATFORM = "HonKit / GitBook 3 static book (default theme, Markdown pages)"
START_PATH = "/"

BOOK = "Bản tin Trường Chính trị tỉnh Sơn La"
TODAY_LINE = "Thứ Bảy, 05/12/2026"

ISSUES = {
    "2026-12": {"label": "Bản tin tháng 12/2026", "no": 12, "out": "04/12/2026", "level": "3"},
    "2026-11": {"label": "Bản tin tháng 11/2026", "no": 11, "out": "30/11/2026", "level": "4"},
    "2026-10": {"label": "Bản tin tháng 10/2026", "no": 10, "out": "31/10/2026", "level": "5"},
}
SECTIONS = ["Hoạt động đào tạo", "Nghiên cứu – Trao đổi", "Tin hoạt động", "Thông báo"]


def _right(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right">{inner}</p>')


STORIES: list[Story] = [
    # ---------------------------------------------------------------- December issue
    Story(
        1,
        "khai-giang-lop-trung-cap-llct-k45",
        "Khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung tại huyện Mộc Châu",
        "Hoạt động đào tạo",
        "2026-12-02T08:00:00+07:00",
        [
            P(
                "Sáng ngày 02/12/2026, tại Trung tâm Chính trị huyện Mộc Châu, Trường Chính trị tỉnh "
                "Sơn La tổ chức khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung "
                "cho 86 học viên là cán bộ, công chức các xã, thị trấn và các cơ quan của huyện.",
                "lead",
            ),
            Img(
                "assets/k45-khai-giang-1.jpg",
                "Hình 3.1.1: Quang cảnh lễ khai giảng lớp K45 tại huyện Mộc Châu",
                "Quang cảnh lễ khai giảng lớp K45 tại huyện Mộc Châu",
                "fig",
            ),
            P(
                "Dự lễ khai giảng có đồng chí Hà Trung Chiến, Phó Hiệu trưởng Nhà trường; lãnh đạo "
                "Ban Tuyên giáo Huyện ủy, Trung tâm Chính trị huyện Mộc Châu cùng toàn thể học viên "
                "của lớp."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên chấp hành nghiêm "
                "quy chế đào tạo, dành thời gian nghiên cứu tài liệu, gắn lý luận với thực tiễn "
                "công tác ở cơ sở."
            ),
            P(
                "Theo kế hoạch, lớp học kéo dài 12 tháng, gồm 4 phần học với 19 học phần; học viên "
                "sẽ đi nghiên cứu thực tế tại huyện Vân Hồ vào tháng 5/2027."
            ),
            Img(
                "assets/k45-khai-giang-2.jpg",
                "Hình 3.1.2: Đồng chí Hà Trung Chiến phát biểu khai giảng",
                "Đồng chí Hà Trung Chiến phát biểu khai giảng",
                "fig",
            ),
            _right("<strong>Tin, ảnh: Cầm Văn Thủy</strong>"),
        ],
        authors=["Cầm Văn Thủy"],
        photographers=["Cầm Văn Thủy"],
        summary=(
            "Sáng ngày 02/12/2026, tại Trung tâm Chính trị huyện Mộc Châu, Trường Chính trị tỉnh "
            "Sơn La tổ chức khai giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung "
            "cho 86 học viên là cán bộ, công chức các xã, thị trấn và các cơ quan của huyện."
        ),
        opts={
            "issue": "2026-12",
            "short": "Khai giảng lớp TCLLCT K45",
            "date": "<p><em>Đăng ngày 02/12/2026 lúc 08:00</em></p>",
            "mtime": "2026-12-03T09:14:02",
        },
    ),
    Story(
        2,
        "hoi-thao-tu-tuong-ho-chi-minh-ve-can-bo",
        "Vận dụng tư tưởng Hồ Chí Minh về cán bộ trong công tác đào tạo, bồi dưỡng ở Sơn La",
        "Nghiên cứu – Trao đổi",
        "2026-11-28",
        [
            P(
                "Tư tưởng Hồ Chí Minh về cán bộ và công tác cán bộ là nền tảng lý luận quan trọng "
                "để các trường chính trị xác định mục tiêu, nội dung và phương pháp đào tạo, bồi "
                "dưỡng đội ngũ cán bộ ở cơ sở."
            ),
            P("1. Một số quan điểm cơ bản", "h2"),
            P(
                "Người khẳng định: cán bộ là cái gốc của mọi công việc; công việc thành công hoặc "
                "thất bại đều do cán bộ tốt hoặc kém.",
                "fncall:1",
            ),
            P(
                "Muốn có cán bộ tốt thì phải huấn luyện, giúp đỡ, đánh giá đúng và sử dụng hợp lý, "
                "đồng thời phải thường xuyên kiểm tra, giám sát.",
            ),
            P("2. Thực tiễn vận dụng tại Trường Chính trị tỉnh Sơn La", "h2"),
            P(
                "Giai đoạn 2021 – 2026, Nhà trường mở 142 lớp đào tạo, bồi dưỡng với hơn 9.600 học "
                "viên, trong đó học viên là người dân tộc thiểu số chiếm trên 70%.",
                "fncall:2",
            ),
            P(
                "Nội dung giảng dạy được cập nhật các nghị quyết mới của Đảng, gắn với đặc điểm "
                "vùng cao, biên giới của tỉnh."
            ),
            P("3. Một số giải pháp", "h2"),
            P("Đổi mới chương trình theo hướng tinh gọn, tăng thời lượng thực hành.", "li"),
            P("Nâng cao chất lượng đội ngũ giảng viên, nhất là kỹ năng sư phạm.", "li"),
            P("Tăng cường nghiên cứu thực tế và tổng kết thực tiễn ở cơ sở.", "li"),
            P("1. Hồ Chí Minh: Toàn tập, Nxb. Chính trị quốc gia, Hà Nội, 2011, t.5, tr.309.", "fn"),
            P("2. Báo cáo tổng kết công tác đào tạo giai đoạn 2021 – 2026 của Nhà trường.", "fn"),
            _right("<em>ThS. Lường Thị Hạnh – Khoa Xây dựng Đảng</em>"),
        ],
        authors=["Lường Thị Hạnh"],
        opts={
            "issue": "2026-12",
            "short": "Tư tưởng Hồ Chí Minh về cán bộ",
            "date": "<p><em>Ngày đăng: 28/11/2026</em></p>",
            "mtime": "2026-12-01T02:40:19",
            "toc": True,
        },
    ),
    Story(
        3,
        "thong-bao-nghi-tet-duong-lich-2027",
        "Thông báo nghỉ Tết Dương lịch năm 2027",
        "Thông báo",
        "2026-12-01",
        [
            Raw(
                '<table class="tb-vanban"><tbody><tr><td><strong>ĐẢNG BỘ TỈNH SƠN LA</strong><br>'
                "<strong>TRƯỜNG CHÍNH TRỊ</strong><br>*<br>Số: 215-TB/TCT</td>"
                "<td><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br><br>"
                "<em>Sơn La, ngày 01 tháng 12 năm 2026</em></td></tr></tbody></table>"
                '<p style="text-align: center"><strong>THÔNG BÁO</strong><br>'
                "<em>Về việc nghỉ Tết Dương lịch năm 2027</em></p>"
            ),
            P(
                "Căn cứ Bộ luật Lao động năm 2019 và thông báo của Tỉnh ủy Sơn La về việc nghỉ Tết "
                "Dương lịch năm 2027, Ban Giám hiệu thông báo như sau:"
            ),
            P(
                "1. Cán bộ, giảng viên, nhân viên và học viên các lớp tập trung nghỉ Tết Dương lịch "
                "01 ngày vào thứ Sáu, ngày 01/01/2027."
            ),
            P(
                "2. Phòng Tổ chức – Hành chính bố trí lịch trực cơ quan, bảo đảm an ninh, an toàn "
                "tài sản trong thời gian nghỉ."
            ),
            P("3. Các lớp học trở lại bình thường từ thứ Hai, ngày 04/01/2027."),
            Raw(
                '<table class="tb-ky"><tbody><tr><td><strong><em>Nơi nhận:</em></strong><br>'
                "- Các khoa, phòng;<br>- Các lớp học tập trung;<br>- Lưu VT.</td>"
                "<td><strong>K/T HIỆU TRƯỞNG<br>PHÓ HIỆU TRƯỞNG</strong><br><br><br>"
                "<strong>Lò Thị Mai</strong></td></tr></tbody></table>"
            ),
        ],
        authors=["Lò Thị Mai"],
        opts={
            "issue": "2026-12",
            "short": "TB nghỉ Tết Dương lịch 2027",
            "date": "",
            "mtime": "2026-12-01T08:02:55",
        },
    ),
    Story(
        4,
        "hoi-thi-giang-vien-day-gioi-cap-truong-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "Hoạt động đào tạo",
        "2026-11-30T14:30:00+07:00",
        [
            P(
                "Từ ngày 25 đến 30/11/2026, Trường Chính trị tỉnh Sơn La tổ chức Hội thi giảng viên "
                "dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa chuyên môn."
            ),
            Img(
                "assets/hoi-thi-gv-1.jpg",
                "Giảng viên Khoa Lý luận cơ sở thể hiện bài giảng tại Hội thi",
                "Giảng viên Khoa Lý luận cơ sở thể hiện bài giảng tại Hội thi",
                "inline",
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng 45 phút theo chương trình Trung cấp lý luận "
                "chính trị, có ứng dụng công nghệ thông tin và phương pháp giảng dạy tích cực."
            ),
            P("Kết quả, Ban Tổ chức trao giải cho các giảng viên như sau:"),
            P("Giải | Giảng viên | Khoa", "row"),
            P("Nhất | Vì Thị Hương | Lý luận cơ sở", "row"),
            P("Nhì | Sầm Văn Long | Nhà nước và Pháp luật", "row"),
            P("Ba | Điêu Thị Nga | Xây dựng Đảng", "row"),
            P(
                "Hội thi là dịp để giảng viên trao đổi kinh nghiệm, nâng cao nghiệp vụ sư phạm.",
                "brhead",
            ),
            P("Các bài giảng đạt giải sẽ được giới thiệu tham gia Hội thi cấp tỉnh năm 2027.", "br"),
            Raw("<p><em>Tin: Đinh Thị Thu Trang - Ảnh: Lò Văn Tâm</em></p>"),
        ],
        authors=["Đinh Thị Thu Trang"],
        photographers=["Lò Văn Tâm"],
        opts={
            "issue": "2026-12",
            "short": "Hội thi GV dạy giỏi 2026",
            "date": "<p><em>Cập nhật: 04/12/2026 09:10 | Đăng: 30/11/2026 14:30</em></p>",
            "mtime": "2026-12-04T09:10:44",
        },
    ),
    Story(
        5,
        "chi-bo-khoa-ly-luan-co-so-sinh-hoat-chuyen-de",
        "Chi bộ Khoa Lý luận cơ sở sinh hoạt chuyên đề quý IV năm 2026",
        "Tin hoạt động",
        "2026-12-03",
        [
            P(
                "Chiều 03/12, Chi bộ Khoa Lý luận cơ sở tổ chức sinh hoạt chuyên đề với chủ đề "
                "“Nâng cao tinh thần trách nhiệm, tác phong làm việc của đảng viên là giảng viên”."
            ),
            P(
                "Tại buổi sinh hoạt, các đảng viên thảo luận thẳng thắn về những hạn chế trong việc "
                "chuẩn bị bài giảng, hướng dẫn học viên viết tiểu luận cuối khóa."
            ),
            Img("assets/chi-bo-llcs.jpg", "Ảnh: Đinh Thị Thu Trang", None, "credit"),
            P(
                "Chi bộ thống nhất đăng ký 5 nội dung cần khắc phục và giao đồng chí bí thư chi bộ "
                "theo dõi, đánh giá kết quả vào cuối quý I năm 2027."
            ),
        ],
        authors=["Đinh Thị Thu Trang"],
        photographers=["Đinh Thị Thu Trang"],
        opts={
            "issue": "2026-12",
            "short": "Sinh hoạt chuyên đề quý IV",
            "date": "",
            "meta_table": ("03/12/2026", "Đinh Thị Thu Trang"),
            "mtime": "2026-12-03T10:25:00",
        },
    ),
    # ---------------------------------------------------------------- November issue
    Story(
        6,
        "be-giang-lop-cao-cap-llct-2024-2026",
        "Bế giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa 2024 – 2026 tại Sơn La",
        "Hoạt động đào tạo",
        "2026-11-20T14:30:00+07:00",
        [
            P(
                "Chiều 20/11/2026, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh "
                "Sơn La tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 112 học viên lớp Cao cấp lý "
                "luận chính trị hệ không tập trung khóa 2024 – 2026.",
                "lead",
            ),
            P(
                "Sau hơn hai năm học tập, 100% học viên đủ điều kiện tốt nghiệp, trong đó 31 học "
                "viên đạt loại giỏi, 81 học viên đạt loại khá."
            ),
            Img(
                "assets/be-giang-cao-cap.jpg",
                "Hình 4.1.1: Trao bằng tốt nghiệp cho học viên",
                "Trao bằng tốt nghiệp cho học viên",
                "fig",
            ),
            P(
                "Thay mặt lớp, học viên Tòng Văn Hải cảm ơn sự tận tình của các thầy, cô giáo và hứa "
                "vận dụng kiến thức đã học vào thực tiễn công tác tại địa phương."
            ),
            _right("<strong>Phòng Quản lý đào tạo</strong>"),
        ],
        authors=["Phòng Quản lý đào tạo"],
        summary=(
            "Chiều 20/11/2026, Học viện Chính trị khu vực I phối hợp với Trường Chính trị tỉnh "
            "Sơn La tổ chức lễ bế giảng và trao bằng tốt nghiệp cho 112 học viên lớp Cao cấp lý "
            "luận chính trị hệ không tập trung khóa 2024 – 2026."
        ),
        opts={
            "issue": "2026-11",
            "short": "Bế giảng lớp Cao cấp LLCT",
            "date": "<p><em>Thứ Sáu, 20/11/2026 - 14:30</em></p>",
            "mtime": "2026-11-29T16:02:11",
        },
    ),
    Story(
        7,
        "gap-mat-ky-niem-ngay-nha-giao-viet-nam",
        "Trường Chính trị tỉnh Sơn La gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        "Tin hoạt động",
        "2026-11-19T08:15:00+07:00",
        [
            P(
                "Sáng 19/11, Trường Chính trị tỉnh Sơn La tổ chức gặp mặt kỷ niệm 44 năm Ngày Nhà "
                "giáo Việt Nam (20/11/1982 – 20/11/2026)."
            ),
            P(
                "Buổi gặp mặt có sự tham dự của các thế hệ nhà giáo đã nghỉ hưu, cán bộ, giảng viên, "
                "nhân viên và đại diện học viên các lớp đang học tập tại trường."
            ),
            Img(
                "assets/2011-gap-mat-1.jpg",
                "Hình 4.2.1: Các thế hệ nhà giáo của Nhà trường chụp ảnh lưu niệm",
                "Các thế hệ nhà giáo của Nhà trường chụp ảnh lưu niệm",
                "fig",
            ),
            P(
                "Dịp này, Nhà trường khen thưởng 9 giảng viên có thành tích xuất sắc trong năm học "
                "và trao tặng Kỷ niệm chương “Vì sự nghiệp giáo dục” cho 3 nhà giáo."
            ),
            Img(
                "assets/2011-gap-mat-2.jpg",
                "Hình 4.2.2: Trao Kỷ niệm chương “Vì sự nghiệp giáo dục”",
                "Trao Kỷ niệm chương “Vì sự nghiệp giáo dục”",
                "fig",
            ),
            _right("<strong>Bạch Thị Ngọc</strong>"),
        ],
        authors=["Bạch Thị Ngọc"],
        opts={
            "issue": "2026-11",
            "short": "Kỷ niệm Ngày Nhà giáo 20/11",
            "date": "<p><em>Đăng ngày 19/11/2026 lúc 08:15</em></p>",
            "mtime": "2026-11-27T11:48:30",
        },
    ),
    Story(
        8,
        "nghien-cuu-thuc-te-tai-xa-chieng-hac",
        "Giảng viên đi nghiên cứu thực tế tại xã Chiềng Hặc, huyện Yên Châu",
        "Tin hoạt động",
        "2026-11-12T07:30:00+07:00",
        [
            P(
                "Từ ngày 10 đến 12/11/2026, đoàn 18 giảng viên của Nhà trường đi nghiên cứu thực tế "
                "về phát triển kinh tế hợp tác tại xã Chiềng Hặc, huyện Yên Châu."
            ),
            P(
                "Đoàn đã làm việc với Đảng ủy, UBND xã, thăm mô hình hợp tác xã trồng xoài, mận theo "
                "tiêu chuẩn VietGAP và tìm hiểu việc xây dựng nông thôn mới nâng cao."
            ),
            Img("assets/chieng-hac.jpg", None, None, "bare"),
            P(
                "Qua đợt thực tế, giảng viên có thêm tư liệu để cập nhật vào bài giảng, nhất là các "
                "chuyên đề về kinh tế nông nghiệp và xây dựng hệ thống chính trị ở cơ sở."
            ),
            _right("<strong>Quàng Thị Bích</strong>"),
            Raw("<blockquote><p>Nguồn: Báo Sơn La</p></blockquote>"),
        ],
        authors=["Quàng Thị Bích"],
        source="Báo Sơn La",
        opts={
            "issue": "2026-11",
            "short": "Nghiên cứu thực tế ở Chiềng Hặc",
            "date": "<p><em>Đăng ngày 12/11/2026 lúc 07:30</em></p>",
            "mtime": "2026-11-13T01:05:07",
        },
    ),
    Story(
        9,
        "chuyen-doi-so-trong-giang-day-ly-luan-chinh-tri",
        "Chuyển đổi số trong giảng dạy lý luận chính trị: thực trạng và giải pháp",
        "Nghiên cứu – Trao đổi",
        "2026-11-05",
        [
            P(
                "Chuyển đổi số đang đặt ra yêu cầu mới đối với các trường chính trị trong đổi mới "
                "nội dung, phương pháp giảng dạy và quản lý đào tạo."
            ),
            P("Thực trạng", "h2"),
            P(
                "Hiện nay, 100% phòng học của Nhà trường đã được trang bị máy chiếu và kết nối "
                "internet; hệ thống quản lý học viên trực tuyến được đưa vào sử dụng từ năm 2025."
            ),
            P(
                "Tuy nhiên, kho học liệu số còn ít, nhiều giảng viên lớn tuổi còn lúng túng khi sử "
                "dụng các phần mềm dạy học.",
                "brhead",
            ),
            P("Kinh phí đầu tư cho hạ tầng số còn hạn chế.", "br"),
            P("Giải pháp", "h2"),
            P(
                "Theo Chỉ thị số 05-CT/TU của Tỉnh ủy, cần: “Đẩy mạnh ứng dụng công nghệ số trong "
                "mọi mặt hoạt động của các cơ quan đảng”.",
                "quote",
            ),
            P("Xây dựng kho bài giảng điện tử dùng chung cho các lớp.", "li"),
            P("Bồi dưỡng kỹ năng số cho đội ngũ giảng viên hằng năm.", "li"),
            P("Ứng dụng phần mềm quản lý đào tạo, chấm thi trắc nghiệm.", "li"),
            P("Tài liệu tham khảo", "h3"),
            P("Ban Chấp hành Trung ương: Nghị quyết số 57-NQ/TW ngày 22/12/2024.", "oli"),
            P("Tỉnh ủy Sơn La: Chỉ thị số 05-CT/TU về chuyển đổi số.", "oli"),
            _right("<em>TS. Hà Văn Đức, Phó Trưởng khoa Nhà nước và Pháp luật</em>"),
        ],
        authors=["Hà Văn Đức"],
        opts={
            "issue": "2026-11",
            "short": "Chuyển đổi số trong giảng dạy",
            "date": "<p><em>Ngày đăng: 05/11/2026</em></p>",
            "mtime": "2026-11-06T03:33:12",
            "toc": True,
        },
    ),
    Story(
        10,
        "doan-cong-tac-hoc-vien-chinh-tri-khu-vuc-i",
        "Đoàn công tác Học viện Chính trị khu vực I làm việc với Nhà trường",
        "Tin hoạt động",
        "2026-11-03T15:00:00+07:00",
        [
            P(
                "Chiều 03/11/2026, đoàn công tác Học viện Chính trị khu vực I do PGS.TS Nguyễn Văn "
                "Thành, Phó Giám đốc Học viện làm trưởng đoàn đã làm việc với Trường Chính trị tỉnh "
                "Sơn La về công tác phối hợp đào tạo năm 2027."
            ),
            Img(
                "assets/doan-hvct-kv1.jpg",
                "Quang cảnh buổi làm việc",
                "Quang cảnh buổi làm việc",
                "inline",
            ),
            P(
                "Hai bên thống nhất mở 2 lớp Cao cấp lý luận chính trị hệ không tập trung tại Sơn La "
                "trong năm 2027 và tăng cường trao đổi giảng viên."
            ),
            _right("<strong>Tin, ảnh: Lò Văn Tâm</strong>"),
        ],
        authors=["Lò Văn Tâm"],
        photographers=["Lò Văn Tâm"],
        opts={
            "issue": "2026-11",
            "short": "Làm việc với HVCT khu vực I",
            "date": "<p><em>Đăng ngày 03/11/2026 lúc 15:00</em></p>",
            "mtime": "2026-11-04T07:19:45",
        },
    ),
    # ---------------------------------------------------------------- October issue (old build)
    Story(
        11,
        "hoi-nghi-vien-chuc-nguoi-lao-dong-2026",
        "Hội nghị cán bộ, viên chức, người lao động năm 2026",
        "Tin hoạt động",
        "2026-10-22T08:00:00+07:00",
        [
            P(
                "Ngày 22/10/2026, Trường Chính trị tỉnh Sơn La tổ chức Hội nghị cán bộ, viên chức, "
                "người lao động năm 2026 với sự tham dự của 76 đại biểu."
            ),
            P(
                "Hội nghị đã thông qua báo cáo kết quả thực hiện nhiệm vụ năm 2026, quy chế chi tiêu "
                "nội bộ và quy chế dân chủ ở cơ sở của Nhà trường."
            ),
            Img(
                "assets/hoi-nghi-vc.jpg",
                "Hình 2.1.1: Đại biểu biểu quyết thông qua nghị quyết hội nghị",
                "Đại biểu biểu quyết thông qua nghị quyết hội nghị",
                "fig",
            ),
            P("Năm 2027, Nhà trường phấn đấu mở 30 lớp đào tạo, bồi dưỡng với 2.500 học viên."),
            _right("<strong>Tin, ảnh: Cầm Văn Thủy</strong>"),
        ],
        authors=["Cầm Văn Thủy"],
        photographers=["Cầm Văn Thủy"],
        opts={
            "issue": "2026-10",
            "short": "Hội nghị viên chức 2026",
            "date": "<p><em>Ngày 22/10/2026, lúc 08:00</em></p>",
            "mtime": "2026-10-30T04:12:00",
        },
    ),
    Story(
        12,
        "boi-duong-nghiep-vu-bi-thu-chi-bo-vung-cao",
        "Bồi dưỡng nghiệp vụ công tác Đảng cho bí thư chi bộ vùng cao",
        "Hoạt động đào tạo",
        "2026-10-15",
        [
            P(
                "Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy, từ ngày 12 đến 15/10/2026, Nhà trường "
                "mở lớp bồi dưỡng nghiệp vụ công tác Đảng cho 95 bí thư chi bộ bản ở các huyện "
                "Sốp Cộp, Sông Mã."
            ),
            P(
                "Học viên được truyền đạt các chuyên đề về nâng cao chất lượng sinh hoạt chi bộ, công "
                "tác phát triển đảng viên và nắm bắt tình hình tư tưởng của nhân dân."
            ),
            P(
                "Các buổi học được tổ chức theo hình thức trao đổi, thảo luận tình huống, có phiên "
                "dịch tiếng Thái, tiếng Mông cho học viên."
            ),
            _right("<em>ThS. Vì Văn Quân – Khoa Xây dựng Đảng</em>"),
        ],
        authors=["Vì Văn Quân"],
        opts={
            "issue": "2026-10",
            "short": "Bồi dưỡng bí thư chi bộ",
            "date": "<p><em>Ngày 15/10/2026</em></p>",
            "mtime": "2026-10-16T02:00:00",
        },
    ),
    Story(
        13,
        "phat-dong-cuoc-thi-viet-guong-dang-vien-tieu-bieu",
        "Phát động cuộc thi viết về gương cán bộ, đảng viên tiêu biểu năm 2026",
        "Thông báo",
        "2026-10-08T10:00:00+07:00",
        [
            P(
                "Ban Tuyên giáo Tỉnh ủy phát động cuộc thi viết về gương cán bộ, đảng viên tiêu biểu "
                "trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026."
            ),
            P(
                "Đối tượng dự thi là cán bộ, đảng viên, học viên và nhân dân trong tỉnh; mỗi tác giả "
                "gửi không quá 2 bài, dài không quá 3.000 chữ."
            ),
            P("📌 Thời gian nhận bài: đến hết ngày 30/11/2026."),
            P(
                "Cán bộ, giảng viên và học viên Nhà trường tích cực hưởng ứng, gửi bài qua Phòng Tổ "
                "chức – Hành chính."
            ),
            Raw("<p><em>Nguồn: Ban Tuyên giáo Tỉnh ủy Sơn La</em></p>"),
        ],
        source="Ban Tuyên giáo Tỉnh ủy Sơn La",
        opts={
            "issue": "2026-10",
            "short": "Cuộc thi viết gương đảng viên",
            "date": "<p><em>Ngày 08/10/2026, lúc 10:00</em></p>",
            "mtime": "2026-10-09T03:00:00",
        },
    ),
]

BY_SLUG = {(s.opts["issue"], s.slug): s for s in STORIES}


def _item_path(s: Story) -> str:
    return f"/ban-tin/{s.opts['issue']}/{s.slug}.html"


def _issue_items(issue: str) -> list[Story]:
    return [s for s in STORIES if s.opts["issue"] == issue]


# --------------------------------------------------------------------------- rendering helpers


def _rel(from_path: str, to_path: str) -> str:
    """A link from the page at ``from_path`` to ``to_path``, relative as HonKit writes them."""
    from_dir = posixpath.dirname(from_path) or "/"
    rel = posixpath.relpath(to_path, from_dir)
    if to_path.endswith("/") and not rel.endswith("/"):
        rel += "/"
    return rel


def _wrap(escaped: str, width: int = 72) -> str:
    """Hard-wrap text the way the editors wrap their Markdown source (a raw newline)."""
    lines: list[str] = []
    cur = ""
    for word in escaped.split(" "):
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return "\n".join(lines)


def _anchor(text_: str) -> str:
    t = re.sub(r"[^\w\s-]", "", text_.lower())
    return re.sub(r"\s+", "-", t.strip())


def _render_blocks(s: Story) -> tuple[str, list[str]]:
    """The section's text markup and the list of its headings (for the navbar)."""
    out: list[str] = []
    heads: list[str] = []
    pending: list[str] = []  # open list items / table rows
    pending_kind = ""
    fig_no = 0

    def flush() -> None:
        nonlocal pending, pending_kind
        if not pending:
            return
        if pending_kind == "li":
            out.append("<ul>\n" + "\n".join(f"<li>{x}</li>" for x in pending) + "\n</ul>")
        elif pending_kind == "oli":
            out.append("<ol>\n" + "\n".join(f"<li>{x}</li>" for x in pending) + "\n</ol>")
        elif pending_kind == "row":
            head, *rows = pending
            th = "".join(f"<th>{c}</th>" for c in head.split(" | "))
            body = "\n".join(
                "<tr>" + "".join(f"<td>{c}</td>" for c in r.split(" | ")) + "</tr>" for r in rows
            )
            out.append(f"<table>\n<thead>\n<tr>{th}</tr>\n</thead>\n<tbody>\n{body}\n</tbody>\n</table>")
        elif pending_kind == "fn":
            for note in pending:
                num, rest = note.split(". ", 1)
                out.append(
                    f'<blockquote id="fn_{num}">\n<sup>{num}</sup>. {_wrap(rest)}\n'
                    f'<a href="#reffn_{num}" title="Jump back to footnote [{num}] in the text.">'
                    " &#8617;</a>\n</blockquote>"
                )
        pending, pending_kind = [], ""

    for b in s.blocks:
        if isinstance(b, P):
            style = b.style
            kind = style.split(":")[0]
            t = esc(b.text)
            if kind in ("li", "oli", "row", "fn"):
                if pending_kind != kind:
                    flush()
                pending_kind = kind
                pending.append(t)
                continue
            flush()
            if kind in ("h2", "h3"):
                aid = _anchor(b.text)
                heads.append(b.text)
                out.append(
                    f'<{kind} id="{aid}"><a name="{aid}" class="anchor-navigation-ex-anchor" '
                    f'href="#{aid}"><i class="fa fa-link" aria-hidden="true"></i></a>{t}</{kind}>'
                )
            elif kind == "lead":
                out.append(f"<p><strong>{_wrap(t)}</strong></p>")
            elif kind == "quote":
                out.append(f"<blockquote>\n<p>{_wrap(t)}</p>\n</blockquote>")
            elif kind == "brhead":
                out.append(f"<p>{_wrap(t)}<br>")
            elif kind == "br":
                out[-1] += f"\n{_wrap(t)}</p>"
            else:
                call = ""
                if kind == "fncall":
                    n = style.split(":")[1]
                    call = f'<sup><a href="#fn_{n}" id="reffn_{n}">{n}</a></sup>'
                out.append(f"<p>{_wrap(t)}{call}</p>")
        elif isinstance(b, Img):
            flush()
            src = esc(b.src)
            if b.style == "fig":
                fig_no += 1
                level = f"{_level(s)}.{fig_no}"
                out.append(
                    f'<figure id="fig{level}"><img src="{src}" alt="{esc(b.caption or "")}">'
                    f"<figcaption>{esc(b.printed or '')}</figcaption></figure>"
                )
            elif b.style == "inline":
                out.append(f'<p><img src="{src}" alt="anh"><br>\n<em>{esc(b.printed or "")}</em></p>')
            elif b.style == "credit":
                out.append(f'<p><img src="{src}" alt=""></p>\n<p><em>{esc(b.printed or "")}</em></p>')
            else:
                out.append(f'<p><img src="{src}" alt="{esc(posixpath.basename(b.src))}"></p>')
        else:
            flush()
            out.append(b.html)
    flush()
    return "\n".join(out), heads


def _level(s: Story) -> str:
    issue = ISSUES[s.opts["issue"]]
    items = _issue_items(s.opts["issue"])
    base = "2" if s.opts["issue"] == "2026-10" else issue["level"]
    return f"{base}.{items.index(s) + 1}"


# --------------------------------------------------------------------------- page chrome


def _summary_main(cur: str) -> str:
    """The main book's SUMMARY: issue > section label (no link) > items; October archived."""

    def li(level: str, path: str, label: str, children: str = "") -> str:
        active = " active" if path == cur else ""
        return (
            f'<li class="chapter{active}" data-level="{level}" data-path="{path.lstrip("/")}">'
            f'\n<a href="{_rel(cur, path)}">\n{esc(label)}\n</a>\n{children}</li>'
        )

    parts = [
        li("1.1", "/index.html", "Trang chủ"),
        li("1.2", "/gioi-thieu.html", "Giới thiệu Bản tin"),
        '<li class="header">BẢN TIN NĂM 2026</li>',
    ]
    for issue in ("2026-12", "2026-11"):
        meta = ISSUES[issue]
        lv = meta["level"]
        groups = []
        n = 0
        for sec in SECTIONS:
            items = [s for s in _issue_items(issue) if s.cat == sec]
            if not items:
                continue
            n += 1
            inner = "".join(
                li(f"{lv}.{n}.{k + 1}", _item_path(s), s.opts["short"]) for k, s in enumerate(items)
            )
            groups.append(
                f'<li class="chapter" data-level="{lv}.{n}">\n<span>\n{esc(sec)}\n</span>\n'
                f'<ul class="articles">\n{inner}\n</ul>\n</li>'
            )
        extra = (
            li(f"{lv}.{n + 1}", "/ban-tin/2026-12/album-anh.html", "Album ảnh")
            if issue == "2026-12"
            else li(f"{lv}.{n + 1}", "/ban-tin/2026-11/van-ban-moi.html", "Văn bản mới")
        )
        children = '<ul class="articles">\n' + "\n".join(groups) + extra + "\n</ul>\n"
        parts.append(li(lv, f"/ban-tin/{issue}/index.html", meta["label"], children))
    parts.append(li("5", "/ban-tin/2026-10/index.html", "Bản tin tháng 10/2026 (lưu trữ)"))
    parts.append('<li class="divider"></li>')
    parts.append(li("6", "/lien-he.html", "Liên hệ"))
    return "\n".join(parts)


def _summary_oct(cur: str) -> str:
    """The October book's own SUMMARY (built separately, copied under /ban-tin/2026-10/)."""
    rows = [
        f'<li class="chapter{" active" if cur == "/ban-tin/2026-10/index.html" else ""}" '
        f'data-level="1.1" data-path="./"><a href="{_rel(cur, "/ban-tin/2026-10/index.html")}">'
        "Giới thiệu số 10</a></li>"
    ]
    n = 1
    for sec in SECTIONS:
        items = [s for s in _issue_items("2026-10") if s.cat == sec]
        if not items:
            continue
        n += 1
        inner = []
        for k, s in enumerate(items):
            p = _item_path(s)
            active = " active" if p == cur else ""
            inner.append(
                f'<li class="chapter{active}" data-level="{n}.{k + 1}" data-path="{s.slug}.html">'
                f'<a href="{_rel(cur, p)}">{esc(s.opts["short"])}</a></li>'
            )
        rows.append(
            f'<li class="chapter" data-level="{n}"><span>{esc(sec)}</span>'
            f'<ul class="articles">{"".join(inner)}</ul></li>'
        )
    rows.append('<li class="divider"></li>')
    rows.append(f'<li><a href="{_rel(cur, "/index.html")}">← Về Bản tin hiện hành</a></li>')
    return "\n".join(rows)


def _page(
    cur: str,
    short: str,
    section: str,
    *,
    prev: tuple[str, str] | None = None,
    nxt: tuple[str, str] | None = None,
    level: str = "1.1",
    mtime: str = "2026-12-04T09:00:00",
    old_build: bool = False,
    description: str = "",
) -> str:
    root = _rel(cur, "/")
    gb = _rel(cur, "/ban-tin/2026-10/gitbook/") if old_build else _rel(cur, "/gitbook/")
    summary = _summary_oct(cur) if old_build else _summary_main(cur)
    nav = ""
    if prev:
        nav += (
            f'<a href="{_rel(cur, prev[0])}" class="navigation navigation-prev" '
            f'aria-label="Previous page: {esc(prev[1])}"><i class="fa fa-angle-left"></i></a>\n'
        )
    if nxt:
        nav += (
            f'<a href="{_rel(cur, nxt[0])}" class="navigation navigation-next" '
            f'aria-label="Next page: {esc(nxt[1])}"><i class="fa fa-angle-right"></i></a>\n'
        )
    page_json = json.dumps(
        {
            "page": {
                "title": short,
                "level": level,
                "depth": level.count(".") + 1,
                "previous": {"title": prev[1], "level": "", "path": prev[0].lstrip("/")} if prev else None,
                "next": {"title": nxt[1], "level": "", "path": nxt[0].lstrip("/")} if nxt else None,
                "dir": "ltr",
            },
            "config": {
                "plugins": ["anchor-navigation-ex", "image-captions", "hints", "tbfed-pagefooter",
                            "git-author", "search", "-sharing", "sharing-plus"],
                "title": BOOK,
                "language": "vi",
            },
            "file": {"path": cur.lstrip("/").replace(".html", ".md"), "mtime": mtime + ".000Z",
                     "type": "markdown"},
            "gitbook": {"version": "3.2.3" if old_build else "5.1.4", "time": "2026-12-04T09:12:40.118Z"},
            "basePath": root.rstrip("/") or ".",
            "book": {"language": "vi"},
        },
        ensure_ascii=False,
    )
    desc = f'<meta name="description" content="{esc(description)}">' if description else ""
    return f"""<!DOCTYPE HTML>
<html lang="vi" >
    <head>
        <meta charset="UTF-8">
        <meta content="text/html; charset=utf-8" http-equiv="Content-Type">
        <title>{esc(short)} · {esc(BOOK)}</title>
        <meta http-equiv="X-UA-Compatible" content="IE=edge" />
        {desc}
        <meta name="generator" content="{"GitBook 3.2.3" if old_build else "HonKit 5.1.4"}">
        <link rel="stylesheet" href="{gb}style.css">
        <link rel="stylesheet" href="{gb}gitbook-plugin-anchor-navigation-ex/style/plugin.css">
        <link rel="stylesheet" href="{gb}gitbook-plugin-hints/plugin-hints.css">
        <link rel="stylesheet" href="{gb}gitbook-plugin-search/search.css">
        <link rel="stylesheet" href="{gb}gitbook-plugin-fontsettings/website.css">
        <meta name="HandheldFriendly" content="true"/>
        <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
        <link rel="apple-touch-icon-precomposed" sizes="152x152" href="{gb}images/apple-touch-icon-precomposed-152.png">
        <link rel="shortcut icon" href="{gb}images/favicon.ico" type="image/x-icon">
    </head>
    <body>
<div class="book">
    <div class="book-summary">
        <div class="tct-brand" style="padding:10px 15px;border-bottom:1px solid #ddd">
            <img src="{gb}images/logo-tct.png" alt="Logo Trường Chính trị" width="48">
            <b style="display:block;color:#b30000">TRƯỜNG CHÍNH TRỊ TỈNH SƠN LA</b>
            <span style="font-size:12px">{TODAY_LINE}</span>
        </div>
        <div id="book-search-input" role="search">
            <input type="text" placeholder="Tìm kiếm trong Bản tin" />
        </div>
        <nav role="navigation">
<ul class="summary">
{summary}
    <li class="divider"></li>
    <li><a href="https://github.com/honkit/honkit" target="blank" class="gitbook-link">Xuất bản với HonKit</a></li>
</ul>
        </nav>
        <div class="tct-counter" style="font-size:12px;padding:8px 15px">
            Đang online: 4 · Hôm nay: 137 · Tổng truy cập: 245.118
        </div>
    </div>
    <div class="book-body">
        <div class="body-inner">
            <div class="book-header" role="navigation">
                <a class="btn pull-left js-toolbar-action" aria-label="" href="#"><i class="fa fa-align-justify"></i></a>
                <a class="btn pull-left js-toolbar-action" aria-label="" href="#"><i class="fa fa-font"></i></a>
                <a class="btn pull-right js-toolbar-action" aria-label="" href="https://www.facebook.com/sharer/sharer.php?u=truongchinhtri.sonla.gov.vn"><i class="fa fa-facebook"></i></a>
                <h1>
                    <i class="fa fa-circle-o-notch fa-spin"></i>
                    <a href="{root}" >{esc(BOOK)}</a>
                </h1>
            </div>
            <div class="page-wrapper" tabindex="-1" role="main">
                <div class="page-inner">
<div id="book-search-results">
    <div class="search-noresults">
<section class="normal markdown-section">
{section}
</section>
    </div>
    <div class="search-results">
        <div class="has-results">
            <h1 class="search-results-title"><span class='search-results-count'></span> kết quả phù hợp với "<span class='search-query'></span>"</h1>
            <ul class="search-results-list"></ul>
        </div>
        <div class="no-results">
            <h1 class="search-results-title">Không tìm thấy kết quả cho "<span class='search-query'></span>"</h1>
        </div>
    </div>
</div>
                </div>
            </div>
        </div>
{nav}    </div>
    <script>
        var gitbook = gitbook || [];
        gitbook.push(function() {{
            gitbook.page.hasChanged({page_json});
        }});
    </script>
</div>
<script src="{gb}gitbook.js"></script>
<script src="{gb}theme.js"></script>
<script src="{gb}gitbook-plugin-search/search-engine.js"></script>
<script src="{gb}gitbook-plugin-search/search.js"></script>
<script src="{gb}gitbook-plugin-anchor-navigation-ex/plugin.js"></script>
    </body>
</html>
"""


def _footer_ex(mtime: str) -> str:
    """tbfed-pagefooter: appended inside the section with the file's modification time."""
    stamp = mtime.replace("T", " ")
    return (
        '<footer class="page-footer"><span class="copyright">© Trường Chính trị tỉnh Sơn La · '
        "Địa chỉ: Tổ 2, phường Chiềng Lề, thành phố Sơn La · ĐT: 0212.3852.468 · Email: "
        "truongchinhtri@sonla.gov.vn</span><span class=\"footer-modification\">Sửa đổi lần cuối: "
        f"{stamp}</span></footer>"
    )


def _hint(issue: str) -> str:
    meta = ISSUES[issue]
    return (
        '<div class="alert alert-info hints-alert"><div class="hints-icon">'
        '<i class="fa fa-info-circle"></i></div><div class="hints-container">'
        f"<p>{esc(meta['label'])} · Bản tin số {meta['no']} · phát hành {meta['out']}</p>"
        "</div></div>"
    )


def _neighbours(s: Story) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """Previous/next pages in SUMMARY order (main book) or in the October book."""
    issue = s.opts["issue"]
    if issue == "2026-10":
        order: list[tuple[str, str]] = [("/ban-tin/2026-10/index.html", "Giới thiệu số 10")]
        order += [
            (_item_path(x), x.opts["short"])
            for sec in SECTIONS
            for x in _issue_items("2026-10")
            if x.cat == sec
        ]
    else:
        order = [("/index.html", "Trang chủ"), ("/gioi-thieu.html", "Giới thiệu Bản tin")]
        for iss in ("2026-12", "2026-11"):
            order.append((f"/ban-tin/{iss}/index.html", ISSUES[iss]["label"]))
            for sec in SECTIONS:
                order += [
                    (_item_path(x), x.opts["short"])
                    for x in _issue_items(iss)
                    if x.cat == sec
                ]
            order.append(
                ("/ban-tin/2026-12/album-anh.html", "Album ảnh")
                if iss == "2026-12"
                else ("/ban-tin/2026-11/van-ban-moi.html", "Văn bản mới")
            )
        order.append(("/ban-tin/2026-10/index.html", "Bản tin tháng 10/2026 (lưu trữ)"))
    idx = [p for p, _ in order].index(_item_path(s))
    prev = order[idx - 1] if idx > 0 else None
    nxt = order[idx + 1] if idx + 1 < len(order) else None
    return prev, nxt


def _item_page(s: Story) -> str:
    cur = _item_path(s)
    text_html, heads = _render_blocks(s)
    prev, nxt = _neighbours(s)
    parts = []
    if s.opts.get("toc"):
        lis = "".join(
            f'<li><span class="title-icon fa fa-hand-o-right"></span><a href="#{_anchor(h)}">'
            f"{esc(h)}</a></li>"
            for h in heads
        )
        parts.append(
            f'<div id="anchor-navigation-ex-navbar"><i class="fa fa-anchor"></i><ul>{lis}</ul></div>'
        )
    aid = _anchor(s.title)
    parts.append(f'<h1 id="{aid}">{esc(s.title)}</h1>')
    if s.opts.get("date"):
        parts.append(s.opts["date"])
    if "meta_table" in s.opts:
        day, who = s.opts["meta_table"]
        parts.append(
            "<table>\n<thead>\n<tr><th>Ngày đăng</th><th>Người viết</th><th>Chuyên mục</th></tr>\n"
            f"</thead>\n<tbody>\n<tr><td>{day}</td><td>{esc(who)}</td><td>{esc(s.cat)}</td></tr>\n"
            "</tbody>\n</table>"
        )
    parts.append(_hint(s.opts["issue"]))
    parts.append(text_html)
    parts.append("<hr>")
    bar = []
    if prev:
        bar.append(f'<a class="tct-prev" href="{_rel(cur, prev[0])}">‹ Trang trước: {esc(prev[1])}</a>')
    if nxt:
        bar.append(f'<a class="tct-next" href="{_rel(cur, nxt[0])}">Trang sau: {esc(nxt[1])} ›</a>')
    parts.append('<p class="tct-pager">' + " &nbsp;|&nbsp; ".join(bar) + "</p>")
    parts.append(
        '<div class="git-author-info"><span>Người tạo: bantin-bot</span> · '
        "<span>Người sửa cuối: quantri</span></div>"
    )
    parts.append(f'<a href="#{aid}" id="anchorNavigationExGoTop"><i class="fa fa-arrow-up"></i></a>')
    parts.append(_footer_ex(s.opts["mtime"]))
    first = next(b.text for b in s.blocks if isinstance(b, P))
    return _page(
        cur,
        s.opts["short"],
        "\n".join(parts),
        prev=prev,
        nxt=nxt,
        level=_level(s),
        mtime=s.opts["mtime"],
        old_build=s.opts["issue"] == "2026-10",
        description=first[:150],
    )


# --------------------------------------------------------------------------- listing pages


def _card(cur: str, s: Story, pretty: bool) -> str:
    target = _item_path(s)[: -len(".html")] if pretty else _item_path(s)
    first = next(b.text for b in s.blocks if isinstance(b, P))
    thumb = next((i.src for i in s.images), None)
    if thumb:
        thumb = _rel(cur, f"/ban-tin/{s.opts['issue']}/{thumb}")
    img = (
        f'<img src="{esc(thumb or "")}" width="120" alt="" style="float:left;margin-right:8px">' if thumb else ""
    )
    day = s.published_at[:10].split("-")
    return (
        f'<div class="tct-card" style="overflow:hidden;margin-bottom:12px">{img}'
        f'<a href="{_rel(cur, target)}"><b>{esc(s.title)}</b></a>'
        f'<br><small>{day[2]}/{day[1]}/{day[0]}</small><br>{esc(first[:140])}…</div>'
    )


def _issue_page(issue: str) -> str:
    cur = f"/ban-tin/{issue}/index.html"
    meta = ISSUES[issue]
    parts = [f"<h1 id=\"ban-tin\">{esc(meta['label'])}</h1>", _hint(issue)]
    if issue == "2026-10":
        parts.append("<p>Số này được lưu trữ; mời bạn đọc xem các tin dưới đây.</p>")
        for sec in SECTIONS:
            items = [s for s in _issue_items(issue) if s.cat == sec]
            if not items:
                continue
            parts.append(f'<h2 id="{_anchor(sec)}">{esc(sec)}</h2>\n<ul>')
            parts += [f'<li><a href="{s.slug}.html">{esc(s.title)}</a></li>' for s in items]
            parts.append("</ul>")
        first = next(s for sec in SECTIONS for s in _issue_items(issue) if s.cat == sec)
        nxt = (_item_path(first), first.opts["short"])
        section = "\n".join(parts) + _footer_ex("2026-10-31T08:00:00")
        return _page(cur, "Giới thiệu số 10", section, nxt=nxt, level="1.1", old_build=True)
    parts.append("<p>Mục lục số này:</p>")
    for sec in SECTIONS:
        items = [s for s in _issue_items(issue) if s.cat == sec]
        if items:
            parts.append(f'<h2 id="{_anchor(sec)}">{esc(sec)}</h2>')
            parts += [_card(cur, s, pretty=True) for s in items]
    order_prev = ("/gioi-thieu.html", "Giới thiệu Bản tin") if issue == "2026-12" else (
        "/ban-tin/2026-12/album-anh.html", "Album ảnh")
    first = next(s for sec in SECTIONS for s in _issue_items(issue) if s.cat == sec)
    section = "\n".join(parts) + _footer_ex("2026-12-04T09:00:00")
    return _page(cur, meta["label"], section, prev=order_prev,
                 nxt=(_item_path(first), first.opts["short"]), level=meta["level"])


def _home() -> str:
    cur = "/index.html"
    focus = [STORIES[0], STORIES[3], STORIES[5], STORIES[6]]
    parts = [
        f"<h1 id=\"{_anchor(BOOK)}\">{esc(BOOK)}</h1>",
        "<p>Bản tin nội bộ hằng tháng của Trường Chính trị tỉnh Sơn La: tin hoạt động, đào tạo, "
        "nghiên cứu – trao đổi và thông báo của Nhà trường.</p>",
        '<h2 id="tieu-diem">Tiêu điểm</h2>',
        *[_card(cur, s, pretty=True) for s in focus],
        '<h2 id="cac-so">Các số Bản tin</h2>',
        "<ul>",
        *[
            f'<li><a href="ban-tin/{k}/index.html">{esc(v["label"])}</a> – phát hành {v["out"]}</li>'
            for k, v in ISSUES.items()
        ],
        "</ul>",
        _footer_ex("2026-12-04T09:00:00"),
    ]
    return _page(cur, "Trang chủ", "\n".join(parts), nxt=("/gioi-thieu.html", "Giới thiệu Bản tin"))


def _simple(cur: str, short: str, body: str, prev=None, nxt=None, level="1.2") -> str:
    return _page(cur, short, body + _footer_ex("2026-09-15T10:00:00"), prev=prev, nxt=nxt, level=level)


def _intro() -> str:
    return _simple(
        "/gioi-thieu.html",
        "Giới thiệu Bản tin",
        '<h1 id="gioi-thieu">Giới thiệu Bản tin</h1>'
        "<p>Bản tin Trường Chính trị tỉnh Sơn La được phát hành hằng tháng, phản ánh hoạt động "
        "đào tạo, bồi dưỡng, nghiên cứu khoa học của Nhà trường.</p>"
        "<p>Ban Biên tập: Phòng Tổ chức – Hành chính. Mọi ý kiến đóng góp xin gửi về địa chỉ "
        "thư điện tử của Nhà trường.</p>",
        prev=("/index.html", "Trang chủ"),
        nxt=("/ban-tin/2026-12/index.html", ISSUES["2026-12"]["label"]),
    )


def _contact() -> str:
    return _simple(
        "/lien-he.html",
        "Liên hệ",
        '<h1 id="lien-he">Liên hệ</h1>'
        "<table><thead><tr><th>Bộ phận</th><th>Điện thoại</th></tr></thead><tbody>"
        "<tr><td>Văn phòng</td><td>0212.3852.468</td></tr>"
        "<tr><td>Phòng Quản lý đào tạo</td><td>0212.3852.470</td></tr></tbody></table>"
        "<p>Địa chỉ: Tổ 2, phường Chiềng Lề, thành phố Sơn La, tỉnh Sơn La.</p>",
        prev=("/ban-tin/2026-10/index.html", "Bản tin tháng 10/2026 (lưu trữ)"),
        level="6",
    )


def _documents() -> str:
    cur = "/ban-tin/2026-11/van-ban-moi.html"
    last = _issue_items("2026-11")
    return _simple(
        cur,
        "Văn bản mới",
        '<h1 id="van-ban-moi">Văn bản mới</h1>'
        "<table><thead><tr><th>Số, ký hiệu</th><th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>"
        "<tr><td>198-KH/TCT</td><td>Kế hoạch mở lớp năm 2027</td>"
        '<td><a href="assets/198-kh-tct.pdf">Tải về</a></td></tr>'
        "<tr><td>201-QĐ/TCT</td><td>Quyết định công nhận tốt nghiệp lớp K43</td>"
        '<td><a href="assets/201-qd-tct.pdf">Tải về</a></td></tr></tbody></table>',
        prev=(_item_path(last[-1]), last[-1].opts["short"]),
        nxt=("/ban-tin/2026-10/index.html", "Bản tin tháng 10/2026 (lưu trữ)"),
        level="4.4",
    )


def _album() -> str:
    cur = "/ban-tin/2026-12/album-anh.html"
    pics = "".join(
        f'<p><img src="assets/album-{k}.jpg" alt="album {k}"><br>\n<em>{esc(c)}</em></p>'
        for k, c in enumerate(
            ["Lễ khai giảng lớp K45", "Hội thi giảng viên dạy giỏi", "Sinh hoạt chuyên đề chi bộ"], 1
        )
    )
    return _simple(
        cur,
        "Album ảnh",
        '<h1 id="album-anh">Album ảnh tháng 12/2026</h1>' + pics,
        prev=(_item_path(STORIES[2]), STORIES[2].opts["short"]),
        nxt=("/ban-tin/2026-11/index.html", ISSUES["2026-11"]["label"]),
        level="3.5",
    )


def _search_index() -> bytes:
    store = {}
    for s in STORIES:
        if s.opts["issue"] == "2026-10":
            continue
        url = _item_path(s).lstrip("/")
        store[url] = {
            "title": s.opts["short"],
            "level": _level(s),
            "content": " ".join(b.text for b in s.blocks if isinstance(b, P)),
            "url": url,
            "keywords": "",
        }
    data = {"index": {"version": "0.5.12", "fields": [{"name": "title", "boost": 10},
                                                      {"name": "body", "boost": 1}],
                      "ref": "url", "documentStore": {"store": {k: [] for k in store},
                                                      "length": len(store)}},
            "store": store}
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


PDF_BYTES = b"%PDF-1.4\n%%EOF\n"


class _Site:
    def __init__(self) -> None:
        self.pages: dict[str, object] = {
            "/": _home,
            "/index.html": _home,
            "/gioi-thieu.html": _intro,
            "/lien-he.html": _contact,
            "/ban-tin/2026-11/van-ban-moi.html": _documents,
            "/ban-tin/2026-12/album-anh.html": _album,
        }
        for issue in ISSUES:
            self.pages[f"/ban-tin/{issue}/index.html"] = lambda i=issue: _issue_page(i)
            self.pages[f"/ban-tin/{issue}/"] = lambda i=issue: _issue_page(i)
        for s in STORIES:
            self.pages[_item_path(s)] = lambda s=s: _item_page(s)
            self.pages[_item_path(s)[: -len(".html")]] = lambda s=s: _item_page(s)

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        page = self.pages.get(path)
        if page is not None:
            return html(page())
        if path == "/search_index.json":
            return Response(200, _search_index(), {"Content-Type": "application/json"})
        if re.fullmatch(r"/ban-tin/2026-1[012]/assets/[\w.-]+\.pdf", path):
            return Response(200, PDF_BYTES, {"Content-Type": "application/pdf"})
        if re.fullmatch(r"/(ban-tin/2026-1[012]/)?(assets|gitbook)/[\w./-]+", path):
            return static_file(path)
        return None


def build_site() -> _Site:
    return _Site()


GOLD = [
    gold_record(
        s,
        _item_path(s),
        s.cat,
        alt_paths=[_item_path(s)[: -len(".html")]],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/lien-he.html",
    "/ban-tin/2026-12/index.html",
    "/ban-tin/2026-11/index.html",
    "/ban-tin/2026-10/index.html",
    "/ban-tin/2026-11/van-ban-moi.html",
    "/ban-tin/2026-12/album-anh.html",
]
