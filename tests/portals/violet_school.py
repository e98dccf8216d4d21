"""Fixture portal: a primary school's site on a hosted teaching-community platform (Violet-style).

Imitates "Sen Vàng", an invented hosted service of the kind Vietnamese teachers know from the
Violet school sites: every school gets a subdomain-like site (``thhoabinh.senvang.vn``) built from
one old table-layout template with many inline styles. What it prints:

- the news module "Tin tức": ``/news`` (all news, ``?page=N``, 5 a page) and its categories
  ``/news/cat/<id>`` (``?page=N``, 3 a page); a page past the end answers 200 with an empty list;
- articles at ``/news/entry/<id>/<slug>.html`` (what listings link) and the same page at the short
  ``/news/entry/<id>`` (what the sidebar widgets and "Các tin khác" link); both print
  ``rel=canonical`` to the long form; a print view ``/news/print/<id>`` (reached from "In bài");
- the detail box ``div.svDetail``: ``h1.svDetailTitle``, an info line whose date wording depends
  on the template version the entry was posted with ("Cập nhật lúc 16:45 ngày 20/11/2026",
  "Thứ Năm, 01/10/2026 - 14:20", "03 tháng 9 năm 2026", "Ngày đăng: 2026-11-18", "Ngày đăng:
  12/10/2026 | Cập nhật: 14/10/2026 09:20", or no date at all for entries reposted with the
  "Tin ngành" importer), "Người đăng: <login>", an optional CMS "Tác giả:" field, "Lượt xem";
  a bold sapo block outside the content; the content ``div#svNewsContent`` (FCKeditor-era
  markup: spans with Times New Roman 14pt, centred italic captions, parenthesised captions,
  FCK image tables with the caption in the second row, bordered tables, lists); bylines at the
  end; "File đính kèm"; tools "In bài | Gửi bài cho bạn bè | Về đầu trang"; "Các tin khác";
- big sidebars: login box, the platform's member counters, "Thư viện giáo án", "Thư viện bài
  giảng", "Tư liệu" (file libraries, not news), "Tin mới", "Tin xem nhiều" (one link to a
  deleted entry: a soft 404 page), a poll, "Liên kết website", the platform's banner ads, a
  visitor counter; the header's date is today (TODAY);
- static pages: Giới thiệu, Cơ cấu tổ chức, Liên hệ (form), Văn bản (a register table),
  Thư viện ảnh (albums), Thành viên, search (``/search?q=``).

Hard cases: the server sends ``text/html`` without a charset (the page's meta says utf-8); one
entry (3496) is stored decomposed (NFD), one (3488) with FCKeditor character references; the
short/long URL pair of every entry; the soft 404 ``/news/entry/1999``.

Trap: the file libraries ``/library/<lib>`` filter by ``lop``, ``mon`` and ``sort`` and every
listing links every filter value merged into its current query, so the parameter space explodes
(6 × 11 × 3 combinations, each paged); the libraries' "Trang sau »" link is printed on every page,
also past the end (page 10000 answers 200, "Chưa có tài liệu nào", and links page 10001). File
detail pages ``/library/<lib>/file/<id>`` are library entries (uploader, subject, downloads), not
news.

Gold (by hand). Articles are the news-module entries. Category = the entry's news category as the
breadcrumb names it. published_at = the date of the info line (the posting date "Ngày đăng" wins
over "Cập nhật"; a printed 00:00 means no time), the listing's date when the page prints none.
"Người đăng" is a login name, never an author; the CMS field "Tác giả:" is an author. The bold
sapo block is the summary and the body's first paragraph. Bylines: "Tin, ảnh: X"/"Bài, ảnh: X" →
authors and photographers; "Tin: X - Ảnh: Y" → authors X, photographers Y; "Ảnh: Liên đội …" (an
organisation) → photographers as printed; a bare right-aligned name at the end → author;
"Nguồn: …" → source. Captions are the line under a photo without parentheses; a photo without a
line has caption null. Table rows are body lines with cells joined by " | "; list items are
paragraphs. "File đính kèm" links are not body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "violet_school"
PLATFORM = "violet"
START_PATH = "/"

SITE = "Trường Tiểu học Hòa Bình"
HOST = "thhoabinh.senvang.vn"
ADDRESS = "Khu 5, xã Tân Sơn, tỉnh Phú Thọ"
UP = "/data/upload/thhoabinh/news"
NEWS_PER_PAGE = 5
CAT_PER_PAGE = 3

#: news categories of the "Tin tức" module, by id
CATS: dict[int, str] = {
    11: "Tin hoạt động",
    12: "Thông báo",
    13: "Đội - Sao nhi đồng",
    14: "Tin ngành",
}

_F = "font-family: 'Times New Roman'; font-size: 14pt;"

# Story.opts: date (the info line as printed, None = no date), when (listing date dd/mm/yyyy),
# login ("Người đăng"), author_field ("Tác giả:" of the CMS), file (href, name), nfd, entities.
# P styles: "" justified paragraph, "div" a div line, "b" bold subheading, "li" list item,
# "th"/"tr" table rows (cells joined by " | "). Img styles: "em" (centred italic line),
# "paren" (centred "(…)" line), "fck" (FCK image table, caption in the second row), "bare".
STORIES: list[Story] = [
    Story(
        id=3521,
        slug="tung-bung-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Tưng bừng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="11",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Sáng 20/11, Trường Tiểu học Hòa Bình long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà"
            " giáo Việt Nam (20/11/1982 - 20/11/2026) trong không khí ấm áp, nghĩa tình."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Về dự buổi lễ có đồng chí Phó Chủ tịch UBND xã Tân Sơn, đại diện Ban đại diện cha"
                " mẹ học sinh, các thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân"
                " viên và hơn 600 học sinh của nhà trường."
            ),
            Img(
                f"{UP}/2026_11/le-20-11-2026-1.jpg",
                "Các em học sinh biểu diễn tiết mục văn nghệ chào mừng",
                "Các em học sinh biểu diễn tiết mục văn nghệ chào mừng",
                "em",
            ),
            P(
                "Mở đầu buổi lễ là chương trình văn nghệ đặc sắc do các em học sinh khối 4, khối 5"
                " biểu diễn với những bài hát, điệu múa ca ngợi công ơn thầy cô và mái trường."
            ),
            P(
                "Phát biểu tại buổi lễ, cô giáo Nguyễn Thị Lan, Hiệu trưởng nhà trường ôn lại lịch"
                " sử, ý nghĩa của Ngày Nhà giáo Việt Nam và điểm lại những thành tích nổi bật của"
                " nhà trường trong năm học 2025 - 2026: 100% học sinh hoàn thành chương trình lớp"
                " học, 38 học sinh đạt giải trong các cuộc thi cấp xã, cấp tỉnh; nhà trường được"
                " công nhận đạt chuẩn quốc gia mức độ 2."
            ),
            P(
                "Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong"
                " trào thi đua “Dạy tốt - Học tốt” chào mừng ngày 20/11."
            ),
            Img(
                f"{UP}/2026_11/le-20-11-2026-2.jpg",
                "Hiệu trưởng nhà trường trao giấy khen cho các giáo viên",
                "Hiệu trưởng nhà trường trao giấy khen cho các giáo viên",
                "em",
            ),
            P(
                "Thay mặt học sinh toàn trường, em Đinh Gia Bảo, lớp 5A tặng hoa và gửi lời tri ân"
                " đến các thầy cô, hứa chăm ngoan, học giỏi để xứng đáng với công lao dạy dỗ."
            ),
            Raw(
                '<p style="text-align: right;"><strong><span style="font-size: 13pt;">'
                "Tin, ảnh: Nguyễn Thị Hằng</span></strong></p>"
            ),
        ],
        authors=["Nguyễn Thị Hằng"],
        photographers=["Nguyễn Thị Hằng"],
        opts={"date": "Cập nhật lúc 16:45 ngày 20/11/2026", "when": "20/11/2026", "login": "admin"},
    ),
    Story(
        id=3518,
        slug="thong-bao-ke-hoach-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo kế hoạch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="12",
        published_at="2026-11-18",
        blocks=[
            P(
                "Nhà trường thông báo tới cha mẹ học sinh và giáo viên kế hoạch tổ chức kiểm tra"
                " định kỳ cuối học kỳ I các môn Tiếng Việt, Toán, Khoa học, Lịch sử và Địa lí, Tin"
                " học và Công nghệ năm học 2026 - 2027 (chi tiết trong tệp đính kèm)."
            ),
        ],
        opts={
            "date": "Ngày đăng: 2026-11-18",
            "when": "18/11/2026",
            "login": "vanthu.hb",
            "file": (
                f"{UP}/2026_11/KH-kiem-tra-cuoi-HKI-2026-2027.pdf",
                "KH-kiem-tra-cuoi-HKI-2026-2027.pdf",
            ),
        },
    ),
    Story(
        id=3510,
        slug="lien-doi-to-chuc-hoi-dien-van-nghe-dang-thay-co-nhung-doa-hoa-tuoi-tham",
        title="Liên đội tổ chức Hội diễn văn nghệ “Dâng thầy cô những đóa hoa tươi thắm”",
        cat="13",
        published_at="2026-11-16T15:05:00+07:00",
        blocks=[
            P(
                "Chiều 14/11, Liên đội Trường Tiểu học Hòa Bình tổ chức Hội diễn văn nghệ “Dâng"
                " thầy cô những đóa hoa tươi thắm” với sự tham gia của 18 chi đội và sao nhi đồng."
                " Dưới đây là một số hình ảnh của hội diễn:"
            ),
            Img(
                f"{UP}/2026_11/hoi-dien-van-nghe-1.jpg",
                "Tiết mục múa “Cô giáo em” của chi đội 4A",
                "Tiết mục múa “Cô giáo em” của chi đội 4A",
                "fck",
            ),
            Img(
                f"{UP}/2026_11/hoi-dien-van-nghe-2.jpg",
                "Tốp ca sao nhi đồng lớp 2B",
                "Tốp ca sao nhi đồng lớp 2B",
                "fck",
            ),
            Img(
                f"{UP}/2026_11/hoi-dien-van-nghe-3.jpg",
                "Ban giám khảo chấm thi",
                "Ban giám khảo chấm thi",
                "fck",
            ),
            P(
                "Kết quả, Ban tổ chức trao 1 giải Nhất cho chi đội 5A, 2 giải Nhì, 3 giải Ba và 4"
                " giải Khuyến khích."
            ),
            Raw('<p align="right"><em>Ảnh: Liên đội Tiểu học Hòa Bình</em></p>'),
        ],
        photographers=["Liên đội Tiểu học Hòa Bình"],
        opts={"date": "Thứ Hai, 16/11/2026 - 15:05", "when": "16/11/2026", "login": "tpt.doi"},
    ),
    Story(
        id=3496,
        slug="chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-lop-2",
        title="Chuyên đề “Dạy học phát triển năng lực môn Toán lớp 2”",
        cat="11",
        published_at="2026-10-30T10:12:00+07:00",
        blocks=[
            P(
                "Thực hiện kế hoạch chuyên môn năm học 2026 - 2027, ngày 28/10, tổ chuyên môn khối"
                " 1, 2 tổ chức chuyên đề “Dạy học phát triển năng lực môn Toán lớp 2” tại lớp 2A."
            ),
            P(
                "Tiết dạy minh họa bài “Phép cộng có nhớ trong phạm vi 100” do cô giáo Trần Thị Mai"
                " thực hiện. Học sinh được thao tác với que tính, thảo luận nhóm đôi và trình bày"
                " cách tính trước lớp."
            ),
            Img(
                f"{UP}/2026_10/chuyen-de-toan-2.jpg",
                "(Học sinh lớp 2A thảo luận nhóm trong tiết học)",
                "Học sinh lớp 2A thảo luận nhóm trong tiết học",
                "paren",
            ),
            P(
                "Sau tiết dạy, các giáo viên trong tổ đã thảo luận, rút kinh nghiệm về cách tổ chức"
                " hoạt động khám phá, luyện tập và vận dụng, thống nhất những biện pháp giúp học"
                " sinh tiếp thu chậm."
            ),
            Raw('<p style="text-align: right;"><strong>Trần Thị Mai</strong></p>'),
        ],
        authors=["Trần Thị Mai"],
        opts={
            "date": "Cập nhật lúc 10:12 ngày 30/10/2026",
            "when": "30/10/2026",
            "login": "gv.mai",
            "nfd": True,
        },
    ),
    Story(
        id=3488,
        slug="so-gd-dt-to-chuc-giao-luu-trang-nguyen-tieng-viet-cap-tinh",
        title="Sở GD&ĐT tổ chức Giao lưu “Trạng nguyên Tiếng Việt” cấp tỉnh",
        cat="14",
        published_at="2026-10-24",
        blocks=[
            P(
                "Ngày 23/10, Sở Giáo dục và Đào tạo tổ chức Giao lưu “Trạng nguyên Tiếng Việt” cấp"
                " tỉnh năm học 2026 - 2027 dành cho học sinh lớp 5 với gần 400 em tham gia."
            ),
            P(
                "Các em thi trực tuyến qua 3 vòng: kiến thức Tiếng Việt, cảm thụ văn học và đọc"
                " hiểu. Ban tổ chức đã trao 25 giải Nhất, 48 giải Nhì, 76 giải Ba cho các em có"
                " thành tích cao."
            ),
            P(
                "Trường Tiểu học Hòa Bình có 2 học sinh đạt giải: em Nguyễn Khánh Linh (lớp 5A) đạt"
                " giải Nhì và em Hà Minh Đức (lớp 5B) đạt giải Ba."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: Cổng TTĐT Sở GD&amp;ĐT Phú Thọ</em></p>'),
        ],
        source="Cổng TTĐT Sở GD&ĐT Phú Thọ",
        opts={"date": None, "when": "24/10/2026", "login": "admin", "entities": 2},
    ),
    Story(
        id=3467,
        slug="phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun",
        title="Phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn năm học 2026 - 2027",
        cat="13",
        published_at="2026-10-12",
        blocks=[
            P(
                "Sáng thứ Hai 12/10, trong giờ chào cờ, Liên đội phát động phong trào “Kế hoạch"
                " nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa để gây quỹ giúp đỡ các bạn học sinh có"
                " hoàn cảnh khó khăn."
            ),
            Img(f"{UP}/2026_10/z6123456789012_8f2a1c.jpg", None, None, "bare"),
            P(
                "Mỗi chi đội phấn đấu thu gom ít nhất 30 kg giấy vụn trong học kỳ I. Kết quả sẽ"
                " được tổng kết vào dịp kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam 22/12."
            ),
            Raw('<p style="text-align: right;"><strong>Tin: Lê Thu Phương</strong></p>'),
        ],
        authors=["Lê Thu Phương"],
        opts={
            "date": "Ngày đăng: 12/10/2026 | Cập nhật: 14/10/2026 09:20",
            "when": "12/10/2026",
            "login": "tpt.doi",
        },
    ),
    Story(
        id=3460,
        slug="lien-doi-thong-bao-lich-truc-tuan-sao-do",
        title="Lịch trực tuần của đội Sao đỏ tháng 10",
        cat="13",
        published_at="2026-10-05",
        blocks=[
            P(
                "Liên đội thông báo: từ ngày 05/10, đội Sao đỏ trực tuần theo phân công của chi đội"
                " 5A và 5B; các chi đội nhắc nhở đội viên đi học đúng giờ, đeo khăn quàng đỏ và giữ"
                " gìn vệ sinh lớp học."
            ),
        ],
        opts={
            "date": "Cập nhật lúc 00:00 ngày 05/10/2026",
            "when": "05/10/2026",
            "login": "tpt.doi",
        },
    ),
    Story(
        id=3451,
        slug="hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="11",
        published_at="2026-10-01T14:20:00+07:00",
        summary=(
            "Từ ngày 21 đến 30/9, Trường Tiểu học Hòa Bình tổ chức Hội thi giáo viên dạy giỏi cấp"
            " trường với 14 giáo viên tham gia."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thi nhằm đánh giá năng lực chuyên môn, tạo cơ hội để giáo viên trao đổi, học"
                " tập kinh nghiệm, đồng thời lựa chọn giáo viên tham dự hội thi cấp tỉnh."
            ),
            P("Mỗi giáo viên dự thi thực hiện hai nội dung:", "b"),
            P("Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh;", "li"),
            P("Dạy hai tiết thực hành, trong đó có một tiết môn Tiếng Việt hoặc Toán.", "li"),
            Img(
                f"{UP}/2026_10/gvdg-cap-truong-1.jpg",
                "Cô giáo Vũ Thị Ngọc trong tiết dạy môn Tiếng Việt lớp 3",
                "Cô giáo Vũ Thị Ngọc trong tiết dạy môn Tiếng Việt lớp 3",
                "em",
            ),
            P(
                "Kết thúc hội thi, 11 giáo viên được công nhận giáo viên dạy giỏi cấp trường; 3"
                " giáo viên được chọn tham dự hội thi cấp tỉnh."
            ),
            Raw(
                '<p style="text-align: right;"><strong><em>Bài, ảnh: Phạm Văn Tùng</em></strong></p>'
            ),
        ],
        authors=["Phạm Văn Tùng"],
        photographers=["Phạm Văn Tùng"],
        opts={"date": "Thứ Năm, 01/10/2026 - 14:20", "when": "01/10/2026", "login": "admin"},
    ),
    Story(
        id=3436,
        slug="ron-rang-le-khai-giang-nam-hoc-moi-2026-2027",
        title="Rộn ràng Lễ khai giảng năm học mới 2026 - 2027",
        cat="11",
        published_at="2026-09-05T09:40:00+07:00",
        blocks=[
            P(
                "Sáng 05/9, cùng với hàng triệu học sinh cả nước, gần 650 học sinh Trường Tiểu học"
                " Hòa Bình hân hoan bước vào năm học mới 2026 - 2027."
            ),
            Img(
                f"{UP}/2026_09/khai-giang-2026-1.jpg",
                "(Các em học sinh lớp 1 được đón chào trong ngày khai giảng)",
                "Các em học sinh lớp 1 được đón chào trong ngày khai giảng",
                "paren",
            ),
            P(
                "Năm học 2026 - 2027, nhà trường có 19 lớp với 648 học sinh, trong đó có 126 học"
                " sinh lớp 1. Đội ngũ cán bộ, giáo viên, nhân viên gồm 32 người, 100% giáo viên đạt"
                " chuẩn và trên chuẩn về trình độ đào tạo."
            ),
            P(
                "Tại buổi lễ, cô Hiệu trưởng đọc thư của Chủ tịch nước gửi ngành Giáo dục nhân dịp"
                " khai giảng năm học mới và đánh trống khai trường."
            ),
            Img(
                f"{UP}/2026_09/khai-giang-2026-2.jpg",
                "(Cô Hiệu trưởng đánh trống khai giảng năm học mới)",
                "Cô Hiệu trưởng đánh trống khai giảng năm học mới",
                "paren",
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Hoàng Thu Trang - Ảnh: Đỗ Minh Quân'
                "</strong></p>"
            ),
        ],
        authors=["Hoàng Thu Trang"],
        photographers=["Đỗ Minh Quân"],
        opts={"date": "Cập nhật lúc 09:40 ngày 05/09/2026", "when": "05/09/2026", "login": "admin"},
    ),
    Story(
        id=3430,
        slug="thoi-gian-bieu-hoc-ky-i-nam-hoc-2026-2027",
        title="Thời gian biểu học kỳ I năm học 2026 - 2027",
        cat="12",
        published_at="2026-09-03",
        blocks=[
            P(
                "Nhà trường thông báo thời gian biểu áp dụng từ ngày 07/9/2026 đối với các lớp học"
                " 2 buổi/ngày như sau:"
            ),
            P("Buổi | Hoạt động | Thời gian", "th"),
            P("Sáng | Truy bài, sinh hoạt đầu giờ | 7h00 - 7h15", "tr"),
            P("Sáng | Tiết 1 - Tiết 4 | 7h15 - 10h40", "tr"),
            P("Trưa | Ăn trưa, nghỉ trưa tại trường | 10h40 - 13h45", "tr"),
            P("Chiều | Tiết 5 - Tiết 7 | 14h00 - 16h20", "tr"),
            P("Cha mẹ học sinh đón con đúng giờ, không đón sớm khi chưa có lý do chính đáng."),
        ],
        opts={"date": "03 tháng 9 năm 2026", "when": "03/09/2026", "login": "vanthu.hb"},
    ),
    Story(
        id=3422,
        slug="nganh-giao-duc-phu-tho-trien-khai-nhiem-vu-nam-hoc-2026-2027",
        title="Ngành Giáo dục Phú Thọ triển khai nhiệm vụ năm học 2026 - 2027",
        cat="14",
        published_at="2026-08-28T08:30:00+07:00",
        blocks=[
            P(
                "Ngày 27/8, Sở Giáo dục và Đào tạo tổ chức hội nghị tổng kết năm học 2025 - 2026,"
                " triển khai nhiệm vụ năm học 2026 - 2027 theo hình thức trực tiếp kết hợp trực"
                " tuyến đến các điểm cầu xã, phường."
            ),
            P(
                "Năm học 2025 - 2026 là năm đầu tiên ngành Giáo dục vận hành theo mô hình chính"
                " quyền địa phương hai cấp sau khi hợp nhất tỉnh. Toàn ngành đã ổn định mạng lưới"
                " trường lớp, bảo đảm đủ chỗ học cho học sinh, tỉ lệ trường đạt chuẩn quốc gia tiếp"
                " tục tăng."
            ),
            P(
                "Năm học mới, ngành tập trung nâng cao chất lượng dạy học ngoại ngữ, đẩy mạnh"
                " chuyển đổi số trong quản lý và dạy học, tăng cường giáo dục kỹ năng sống và an"
                " toàn trường học."
            ),
            Raw('<p style="text-align: right;"><strong>Thu Hà</strong></p>'),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Phú Thọ</em></p>'),
        ],
        authors=["Thu Hà"],
        source="Báo Phú Thọ",
        opts={"date": "Thứ Sáu, 28/08/2026 - 08:30", "when": "28/08/2026", "login": "admin"},
    ),
    Story(
        id=3390,
        slug="thong-bao-tuyen-sinh-vao-lop-1-nam-hoc-2026-2027",
        title="Thông báo tuyển sinh vào lớp 1 năm học 2026 - 2027",
        cat="12",
        published_at="2026-06-12",
        blocks=[
            P(
                "Căn cứ kế hoạch tuyển sinh của UBND xã Tân Sơn, Trường Tiểu học Hòa Bình thông báo"
                " tuyển sinh vào lớp 1 năm học 2026 - 2027 như sau:"
            ),
            P("1. Đối tượng tuyển sinh", "b"),
            P(
                "Trẻ sinh năm 2020 có hộ khẩu thường trú hoặc tạm trú tại các khu 1, 2, 3, 4, 5, 6"
                " thuộc địa bàn tuyển sinh của nhà trường."
            ),
            P("2. Hồ sơ gồm", "b"),
            P("Đơn xin nhập học (theo mẫu của nhà trường);", "li"),
            P("Bản sao giấy khai sinh hợp lệ;", "li"),
            P("Giấy xác nhận hoàn thành chương trình giáo dục mầm non.", "li"),
            P(
                "3. Thời gian nhận hồ sơ: từ ngày 01/7 đến hết ngày 15/7/2026, trong giờ hành chính"
                " tại văn phòng nhà trường.",
                "b",
            ),
        ],
        authors=["Đinh Văn Khánh"],
        opts={
            "date": "Ngày đăng: 2026-06-12",
            "when": "12/06/2026",
            "login": "vanthu.hb",
            "author_field": "Đinh Văn Khánh",
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}
#: the deleted entry a sidebar widget still links: a soft 404
DELETED_ID = 1999


def article_path(s: Story) -> str:
    return f"/news/entry/{s.id}/{s.slug}.html"


def short_path(s: Story) -> str:
    return f"/news/entry/{s.id}"


def in_cat(cid: int) -> list[Story]:
    return [s for s in STORIES if int(s.cat) == cid]


def _pages(count: int, per: int) -> int:
    return max(1, -(-count // per))


GOLD: list[dict] = [
    gold_record(s, article_path(s), CATS[int(s.cat)], alt_paths=[short_path(s)]) for s in STORIES
]


# --- libraries (the trap) -----------------------------------------------------------------

LIBS: dict[str, str] = {
    "giao-an": "Thư viện giáo án",
    "bai-giang": "Thư viện bài giảng",
    "tu-lieu": "Tư liệu",
}
LOP = ["1", "2", "3", "4", "5", "khac"]
MON = [
    ("toan", "Toán"),
    ("tieng-viet", "Tiếng Việt"),
    ("tnxh", "Tự nhiên và Xã hội"),
    ("khoa-hoc", "Khoa học"),
    ("ls-dl", "Lịch sử và Địa lí"),
    ("dao-duc", "Đạo đức"),
    ("tieng-anh", "Tiếng Anh"),
    ("tin-hoc", "Tin học"),
    ("am-nhac", "Âm nhạc"),
    ("mi-thuat", "Mĩ thuật"),
    ("hdtn", "Hoạt động trải nghiệm"),
]
SORTS = [("moi", "Mới nhất"), ("xem", "Xem nhiều"), ("tai", "Tải nhiều")]
LIB_PER_PAGE = 4


@dataclass(frozen=True)
class LibFile:
    id: int
    lib: str
    title: str
    lop: str
    mon: str
    uploader: str
    day: str
    ext: str


LIB_FILES: list[LibFile] = [
    LibFile(
        88121,
        "giao-an",
        "Giáo án Tiếng Việt 3 - Tuần 12 - Bài: Những bậc đá chạm mây",
        "3",
        "tieng-viet",
        "Vũ Thị Ngọc",
        "19/11/2026",
        "docx",
    ),
    LibFile(
        88117,
        "giao-an",
        "Kế hoạch bài dạy Toán 2 - Phép cộng có nhớ trong phạm vi 100",
        "2",
        "toan",
        "Trần Thị Mai",
        "18/11/2026",
        "docx",
    ),
    LibFile(
        88102,
        "giao-an",
        "Giáo án Đạo đức 4 - Biết ơn thầy cô giáo",
        "4",
        "dao-duc",
        "Lò Thị Hương",
        "15/11/2026",
        "doc",
    ),
    LibFile(
        88090,
        "giao-an",
        "Giáo án Khoa học 5 - Sự sinh sản của thực vật có hoa",
        "5",
        "khoa-hoc",
        "Phạm Văn Tùng",
        "11/11/2026",
        "docx",
    ),
    LibFile(
        88075,
        "giao-an",
        "Giáo án Tiếng Việt 1 - Bài 45: ân, ăn",
        "1",
        "tieng-viet",
        "Hà Thị Thủy",
        "06/11/2026",
        "docx",
    ),
    LibFile(
        88052,
        "giao-an",
        "Giáo án Lịch sử và Địa lí 4 - Vùng Trung du và miền núi Bắc Bộ",
        "4",
        "ls-dl",
        "Lò Thị Hương",
        "30/10/2026",
        "doc",
    ),
    LibFile(
        77410,
        "bai-giang",
        "Bài giảng điện tử Toán 3 - Nhân số có hai chữ số với số có một chữ số",
        "3",
        "toan",
        "Vũ Thị Ngọc",
        "17/11/2026",
        "pptx",
    ),
    LibFile(
        77402,
        "bai-giang",
        "Bài giảng Âm nhạc 2 - Hát: Cô giáo em",
        "2",
        "am-nhac",
        "Nguyễn Hải Yến",
        "12/11/2026",
        "pptx",
    ),
    LibFile(
        77388,
        "bai-giang",
        "Bài giảng Tiếng Anh 5 - Unit 6: Our school rooms",
        "5",
        "tieng-anh",
        "Bùi Thu Hà",
        "02/11/2026",
        "pptx",
    ),
    LibFile(
        66230,
        "tu-lieu",
        "Tuyển tập đề ôn tập cuối học kỳ I môn Toán lớp 5",
        "5",
        "toan",
        "Phạm Văn Tùng",
        "20/11/2026",
        "pdf",
    ),
    LibFile(
        66221,
        "tu-lieu",
        "Bộ tranh ảnh minh họa Tự nhiên và Xã hội lớp 2",
        "2",
        "tnxh",
        "Hà Thị Thủy",
        "08/11/2026",
        "zip",
    ),
]
_LIBFILE_BY_ID = {f.id: f for f in LIB_FILES}
#: library pages past this one are the trap's endless tail
TRAP_PAGE = 10000


def lib_path(f: LibFile) -> str:
    return f"/library/{f.lib}/file/{f.id}"


# --- other non-article content ------------------------------------------------------------

DOCS = [
    (
        "45/KH-THHB",
        "07/09/2026",
        "Kế hoạch thực hiện nhiệm vụ năm học 2026 - 2027",
        "KH-45-nhiem-vu-nam-hoc.pdf",
    ),
    (
        "46/QĐ-THHB",
        "08/09/2026",
        "Quyết định thành lập các tổ chuyên môn năm học 2026 - 2027",
        "QD-46-to-chuyen-mon.pdf",
    ),
    (
        "52/KH-THHB",
        "25/09/2026",
        "Kế hoạch tổ chức Hội thi giáo viên dạy giỏi cấp trường",
        "KH-52-gvdg.pdf",
    ),
    ("61/QC-THHB", "02/10/2026", "Quy chế chi tiêu nội bộ năm 2026", "QC-61-chi-tieu-noi-bo.pdf"),
]
ALBUMS = {
    1: (
        "Lễ khai giảng năm học 2026 - 2027",
        ["khai-giang-a1.jpg", "khai-giang-a2.jpg", "khai-giang-a3.jpg"],
    ),
    2: ("Hội diễn văn nghệ 20/11", ["van-nghe-a1.jpg", "van-nghe-a2.jpg"]),
}
STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Trường Tiểu học Hòa Bình được thành lập năm 1962, tọa lạc tại Khu 5, xã Tân Sơn, tỉnh"
            " Phú Thọ. Năm học 2026 - 2027, nhà trường có 19 lớp với 648 học sinh.",
            "Nhà trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.",
        ],
    ),
    "co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Hiệu trưởng: cô Nguyễn Thị Lan. Phó Hiệu trưởng: thầy Đinh Văn Khánh.",
            "Tổ chuyên môn khối 1, 2; Tổ chuyên môn khối 3; Tổ chuyên môn khối 4, 5; Tổ Văn phòng.",
            "Tổng phụ trách Đội: cô Lê Thu Phương.",
        ],
    ),
}

NON_ARTICLES: list[str] = [
    "/",
    "/news",
    *(f"/news?page={n}" for n in range(2, _pages(len(STORIES), NEWS_PER_PAGE) + 1)),
    *(f"/news/cat/{c}" for c in CATS),
    *(
        f"/news/cat/{c}?page={n}"
        for c in CATS
        for n in range(2, _pages(len(in_cat(c)), CAT_PER_PAGE) + 1)
    ),
    *(f"/news/print/{s.id}" for s in STORIES),
    f"/news/entry/{DELETED_ID}",
    *(f"/library/{lib}" for lib in LIBS),
    "/library/giao-an?lop=3",
    "/library/giao-an?page=2",
    *(lib_path(f) for f in LIB_FILES),
    "/page/gioi-thieu",
    "/page/co-cau-to-chuc",
    "/contact",
    "/documents",
    "/album",
    *(f"/album/{a}" for a in ALBUMS),
    "/member",
    "/search",
    "/poll/result",
    *(f"/news/send/{s.id}" for s in STORIES),
]


# --- rendering ------------------------------------------------------------------------------


def _t(value: str, s: Story | None = None) -> str:
    """Article text as the entry stores it (decomposed or with character references)."""
    if s is None:
        return esc(value)
    return text(value, nfd=bool(s.opts.get("nfd")), entities=int(s.opts.get("entities", 0)))


def _para(p: P, s: Story) -> str:
    t = _t(p.text, s)
    if p.style == "div":
        return f'<div style="text-align: justify;">{t}</div>'
    if p.style == "b":
        return f'<p style="text-align: justify;"><strong><span style="{_F}">{t}</span></strong></p>'
    return f'<p style="text-align: justify; margin-bottom: 6px;"><span style="{_F}">{t}</span></p>'


def _image(img: Img, s: Story) -> str:
    src = esc(img.src)
    pic = f'<img alt="" src="{src}" style="width: 500px; height: 333px;" border="0" />'
    if img.style == "fck":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image"'
            ' style="width: 510px;"><tbody><tr><td>'
            f'{pic}</td></tr><tr><td class="image_desc" style="text-align: center;">'
            f'<span style="font-size: 12pt;">{_t(img.printed or "", s)}</span></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{pic}</p>'
    if img.style == "em" and img.printed:
        out += f'<p style="text-align: center;"><em><span style="{_F}">{_t(img.printed, s)}</span></em></p>'
    elif img.style == "paren" and img.printed:
        out += f'<p align="center"><span style="font-size: 12pt; color: #333399;">{_t(img.printed, s)}</span></p>'
    return out


def _content(s: Story) -> str:
    out: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "td"
                style = (
                    ' style="background-color: #cce8ff; font-weight: bold;"'
                    if row.style == "th"
                    else ""
                )
                cells = "".join(f"<{tag}{style}>{_t(c, s)}</{tag}>" for c in row.text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="4" cellspacing="0" width="100%"'
                ' style="border-collapse: collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f'<li><span style="{_F}">{_t(blocks[i].text, s)}</span></li>')
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        if isinstance(b, P):
            out.append(_para(b, s))
        elif isinstance(b, Img):
            out.append(_image(b, s))
        else:
            out.append(b.html)
        i += 1
    return "\n".join(out)


def _info(s: Story) -> str:
    parts = []
    if s.opts.get("date"):
        parts.append(f'<span class="svDate">{esc(s.opts["date"])}</span>')
    if s.opts.get("author_field"):
        parts.append(f'<span class="svAuthor">Tác giả: <b>{esc(s.opts["author_field"])}</b></span>')
    parts.append(
        f'<span class="svPoster">Người đăng: <a href="/member?u={s.opts["login"]}">{s.opts["login"]}</a></span>'
    )
    parts.append(f'<span class="svViews">Lượt xem: {s.views()}</span>')
    return (
        '<div class="svDetailInfo" style="color:#888; font-size:11px;">'
        + " &nbsp;|&nbsp; ".join(parts)
        + "</div>"
    )


def _box(title: str, inner: str, cls: str = "") -> str:
    return (
        f'<table class="svBox {cls}" width="100%" cellpadding="0" cellspacing="0" border="0">'
        f'<tr><td class="svBoxHead" style="background: url(/skins/xanhla/box_head.gif) repeat-x;'
        f' color:#fff; font-weight:bold; padding:5px 8px;">{esc(title)}</td></tr>'
        f'<tr><td class="svBoxBody" style="padding:6px; border:1px solid #9c6;">{inner}</td></tr></table>'
    )


def _sorted() -> list[Story]:
    return sorted(
        STORIES,
        key=lambda s: (s.opts["when"][6:], s.opts["when"][3:5], s.opts["when"][:2]),
        reverse=True,
    )


def _left() -> str:
    login = (
        '<form method="post" action="/user/login" style="margin:0">'
        '<table><tr><td>Tên đăng nhập:</td></tr><tr><td><input type="text" name="username" size="18" /></td></tr>'
        '<tr><td>Mật khẩu:</td></tr><tr><td><input type="password" name="password" size="18" /></td></tr>'
        '<tr><td><input type="checkbox" name="remember" value="1" /> Ghi nhớ &nbsp;'
        '<input type="submit" value="Đăng nhập" /></td></tr></table></form>'
        '<a href="http://senvang.vn/user/forgot">Quên mật khẩu?</a> | '
        '<a href="http://senvang.vn/user/register">Đăng ký thành viên</a>'
    )
    menu = "".join(
        f'<li><a href="/news/cat/{cid}">{esc(name)}</a></li>' for cid, name in CATS.items()
    )
    libs = "".join(f'<li><a href="/library/{k}">{esc(v)}</a></li>' for k, v in LIBS.items())
    recent_files = "".join(
        f'<li><a href="{lib_path(f)}">{esc(f.title)}</a></li>' for f in LIB_FILES[:4]
    )
    members = (
        '<div class="svMemberStat">Thành viên: <b>1.284</b><br />Tài nguyên: <b>5.613</b><br />'
        "Giáo án: <b>3.920</b><br />Bài giảng: <b>1.127</b><br />Thành viên mới: "
        '<a href="/member">Hà Thị Thủy</a></div>'
    )
    return (
        _box("Đăng nhập", login, "svLogin")
        + _box("Chuyên mục tin", f'<ul class="svCatMenu">{menu}</ul>')
        + _box("Thư viện", f'<ul class="svLibMenu">{libs}</ul>')
        + _box("Tài liệu mới tải lên", f'<ul class="svNewFiles">{recent_files}</ul>')
        + _box("Thống kê thành viên", members)
        + '<div class="svAdsLeft"><a href="http://senvang.vn/goi-premium" target="_blank">'
        '<img src="/skins/ads/senvang-premium-180x300.gif" alt="Sen Vàng Premium - Tải giáo án không giới hạn" /></a></div>'
    )


def _right() -> str:
    newest = "".join(
        f'<li><a href="{short_path(s)}">{esc(s.title)}</a> <span style="color:#999">({s.opts["when"][:5]})</span></li>'
        for s in _sorted()[:6]
    )
    most = sorted(STORIES, key=lambda s: s.views(), reverse=True)[:4]
    most_read = "".join(f'<li><a href="{short_path(s)}">{esc(s.title)}</a></li>' for s in most)
    most_read += (
        f'<li><a href="/news/entry/{DELETED_ID}">Kết quả khảo sát chất lượng đầu năm</a></li>'
    )
    poll = (
        '<form method="post" action="/poll/vote"><b>Bạn biết đến trang web của trường qua đâu?</b><br />'
        '<input type="radio" name="opt" value="1" /> Giáo viên giới thiệu<br />'
        '<input type="radio" name="opt" value="2" /> Nhóm Zalo lớp<br />'
        '<input type="radio" name="opt" value="3" /> Tìm kiếm trên mạng<br />'
        '<input type="submit" value="Bình chọn" /> <a href="/poll/result">Xem kết quả</a></form>'
    )
    links = (
        '<select onchange="window.open(this.value)" style="width:170px">'
        '<option value="">-- Liên kết website --</option>'
        '<option value="http://sogddt.phutho.gov.vn">Sở GD&amp;ĐT Phú Thọ</option>'
        '<option value="http://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>'
        '<option value="http://thcstanson.senvang.vn">Trường THCS Tân Sơn</option>'
        "</select>"
    )
    counter = (
        '<div class="svCounter">Đang truy cập: <b>14</b><br />Hôm nay: <b>362</b><br />'
        "Hôm qua: <b>518</b><br />Tổng truy cập: <b>1.204.377</b></div>"
    )
    return (
        _box("Tin mới", f'<ul class="svNewest">{newest}</ul>')
        + _box("Tin xem nhiều", f'<ul class="svMostRead">{most_read}</ul>')
        + _box("Thăm dò ý kiến", poll)
        + _box("Liên kết", links)
        + '<div class="svAdsRight"><a href="http://senvang.vn/tao-trang-truong" target="_blank">'
        '<img src="/skins/ads/tao-trang-truong-mien-phi.gif" alt="Đăng ký trang trường miễn phí" /></a><br />'
        '<a href="http://senvang.vn/thi-truc-tuyen" target="_blank">'
        '<img src="/skins/ads/thi-truc-tuyen.gif" alt="Thi trực tuyến Sen Vàng" /></a></div>'
        + _box("Thống kê truy cập", counter)
    )


def _layout(title: str, main: str, head_extra: str = "") -> str:
    top_menu = (
        '<a href="/">Trang chủ</a> | <a href="/page/gioi-thieu">Giới thiệu</a> | '
        '<a href="/page/co-cau-to-chuc">Cơ cấu tổ chức</a> | <a href="/news">Tin tức</a> | '
        '<a href="/documents">Văn bản</a> | <a href="/library/giao-an">Giáo án</a> | '
        '<a href="/library/bai-giang">Bài giảng</a> | <a href="/library/tu-lieu">Tư liệu</a> | '
        '<a href="/album">Thư viện ảnh</a> | <a href="/contact">Liên hệ</a>'
    )
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="generator" content="Sen Vang School Site 3.2" />
<link rel="stylesheet" type="text/css" href="/skins/xanhla/style.css" />
<script type="text/javascript" src="/js/senvang.common.js"></script>
{head_extra}
</head>
<body style="margin:0; background:#e8f3d8;">
<div style="background:#2f6b1f; color:#fff; font-size:11px; padding:2px 10px;">
<a href="http://senvang.vn" style="color:#fff">Sen Vàng - Cộng đồng giáo viên Việt Nam</a> &raquo; {esc(SITE)}
<span style="float:right">{TODAY}</span></div>
<table width="990" align="center" cellpadding="0" cellspacing="0" border="0" style="background:#fff">
<tr><td colspan="3" class="svBanner" style="height:150px; background:url(/data/upload/thhoabinh/banner.jpg) no-repeat;">
<div style="padding:40px 0 0 160px; font: bold 26px Arial; color:#c00;">{esc(SITE.upper())}</div>
<div style="padding-left:160px; color:#036;">Website: {HOST}</div></td></tr>
<tr><td colspan="3" class="svTopMenu" style="background:#6a9f2c; padding:6px; color:#fff">{top_menu}
<form action="/search" method="get" style="display:inline; float:right; margin:0">
<input type="text" name="q" size="16" /><input type="submit" value="Tìm" /></form></td></tr>
<tr>
<td width="200" valign="top" class="svLeft">{_left()}</td>
<td width="590" valign="top" class="svMain" style="padding:0 6px">
{main}
</td>
<td width="200" valign="top" class="svRight">{_right()}</td>
</tr>
<tr><td colspan="3" class="svFooter" style="background:#2f6b1f; color:#fff; text-align:center; padding:8px; font-size:11px">
<b>{esc(SITE.upper())}</b><br />Địa chỉ: {esc(ADDRESS)} - Điện thoại: 0210.3871.245 - Email: c1hoabinh@phutho.edu.vn<br />
Chịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Thị Lan<br />
Trang web được xây dựng trên nền tảng <a href="http://senvang.vn" style="color:#ff0">Sen Vàng</a> &copy; 2008 - 2026
</td></tr></table>
</body></html>"""


def _crumbs(items: list[tuple[str, str | None]]) -> str:
    links = ['<a href="/">Trang chủ</a>']
    for label, href in items:
        links.append(f'<a href="{href}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return (
        '<div class="svPath" style="padding:5px 0; font-size:11px">'
        + " &raquo; ".join(links)
        + "</div>"
    )


def _teaser(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    words = first.split()
    lead = " ".join(words[:28]) + (" ..." if len(words) > 28 else "")
    img = next((b for b in s.blocks if isinstance(b, Img)), None)
    thumb = (
        f'<a href="{article_path(s)}"><img src="{esc(img.src)}" width="100" height="70" align="left"'
        ' style="margin:0 6px 4px 0; border:1px solid #ccc" /></a>'
        if img
        else ""
    )
    return (
        f'<div class="svNewsItem" style="clear:both; padding:6px 0; border-bottom:1px dotted #ccc">{thumb}'
        f'<a class="svNewsTitle" href="{article_path(s)}" style="font-weight:bold; color:#036">{esc(s.title)}</a>'
        f' <span class="svNewsDate" style="color:#999; font-size:11px">({s.opts["when"]})</span>'
        f'<div class="svNewsLead">{esc(lead)}</div></div>'
    )


def _pager(base: str, page: int, pages: int) -> str:
    links = []
    for n in range(1, pages + 1):
        href = base if n == 1 else f"{base}?page={n}"
        links.append(f"<b>[{n}]</b>" if n == page else f'<a href="{href}">{n}</a>')
    if page < pages:
        links.append(f'<a href="{base}?page={page + 1}">Trang sau &raquo;</a>')
    return (
        '<div class="svPager" style="text-align:center; padding:8px">Trang: '
        + " ".join(links)
        + "</div>"
    )


def _listing(title: str, stories: list[Story], base: str, page: int, per: int, crumbs) -> str:
    pages = _pages(len(stories), per)
    chunk = stories[(page - 1) * per : page * per]
    inner = (
        "".join(_teaser(s) for s in chunk)
        or '<div style="padding:10px">Chưa có bài viết nào trong mục này.</div>'
    )
    main = _crumbs(crumbs) + _box(title, inner + _pager(base, page, pages), "svNewsList")
    return _layout(f"{title} - {SITE}", main)


def _article(s: Story, base: str, print_view: bool = False) -> str:
    cat = CATS[int(s.cat)]
    sapo = (
        f'<div class="svDetailSapo" style="font-weight:bold; margin:6px 0">{_t(s.summary, s)}</div>'
        if s.summary and s.sapo_outside
        else ""
    )
    attach = ""
    if s.opts.get("file"):
        href, fname = s.opts["file"]
        attach = (
            '<div class="svAttach" style="margin:8px 0">File đính kèm: '
            f'<img src="/skins/icons/pdf.gif" /> <a href="{href}" target="_blank">{esc(fname)}</a></div>'
        )
    detail = (
        '<div class="svDetail">'
        f'<h1 class="svDetailTitle" style="font-size:16px; color:#c00; margin:4px 0">{_t(s.title, s)}</h1>'
        f"{_info(s)}{sapo}"
        f'<div class="svDetailContent" id="svNewsContent">\n{_content(s)}\n</div>'
        f"<!-- /svNewsContent -->{attach}"
    )
    if print_view:
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{esc(s.title)}</title><link rel="canonical" href="{base}{article_path(s)}" /></head>'
            f'<body onload="window.print()"><div style="font:bold 14px Arial">{esc(SITE)} - {HOST}</div>'
            f"{detail}</div></body></html>"
        )
    others = [o for o in in_cat(int(s.cat)) if o.id != s.id] + [
        o for o in _sorted() if o.cat != s.cat
    ][:3]
    other_list = "".join(
        f'<li><a href="{short_path(o)}">{esc(o.title)}</a> <i style="color:#999">({o.opts["when"]})</i></li>'
        for o in others[:6]
    )
    tools = (
        '<div class="svTools" style="text-align:right; font-size:11px; margin:8px 0">'
        f'<a href="/news/print/{s.id}" target="_blank"><img src="/skins/icons/print.gif" /> In bài</a> | '
        f'<a href="/news/send/{s.id}" rel="nofollow">Gửi bài cho bạn bè</a> | '
        f'<a href="http://www.facebook.com/sharer.php?u={base}{article_path(s)}" target="_blank">Chia sẻ Facebook</a> | '
        '<a href="#top">Về đầu trang</a></div>'
    )
    main = (
        _crumbs([("Tin tức", "/news"), (cat, f"/news/cat/{s.cat}")])
        + detail
        + tools
        + "</div><!-- /svDetail -->"
        + _box("Các tin khác", f'<ul class="svOtherNews">{other_list}</ul>')
    )
    head = f'<link rel="canonical" href="{base}{article_path(s)}" />'
    return _layout(f"{s.title} - {SITE}", main, head)


def _home() -> str:
    latest = "".join(_teaser(s) for s in _sorted()[:5])
    notices = "".join(
        f'<div>&raquo; <a href="{article_path(s)}">{esc(s.title)}</a></div>' for s in in_cat(12)
    )
    main = (
        _box(
            "Thông báo", f'<marquee direction="up" scrollamount="2" height="90">{notices}</marquee>'
        )
        + _box(
            "Tin tức - Sự kiện",
            latest + '<div style="text-align:right"><a href="/news">Xem tiếp &raquo;</a></div>',
        )
        + _box(
            "Hình ảnh hoạt động",
            "".join(
                f'<a href="/album/{a}"><img src="/data/upload/thhoabinh/album/{imgs[0]}" width="130" /></a> '
                for a, (_, imgs) in ALBUMS.items()
            ),
        )
    )
    return _layout(f"{SITE} - {HOST}", main)


def _lib_query(params: dict[str, str], **change: str) -> str:
    merged = {**params, **change}
    if "page" not in change:  # a new filter starts again at page one
        merged.pop("page", None)
    q = urlencode([(k, merged[k]) for k in ("lop", "mon", "sort", "page") if merged.get(k)])
    return f"?{q}" if q else ""


def _library(lib: str, params: dict[str, str]) -> str:
    page = int(params.get("page", "1") or 1)
    files = [f for f in LIB_FILES if f.lib == lib]
    if params.get("lop"):
        files = [f for f in files if f.lop == params["lop"]]
    if params.get("mon"):
        files = [f for f in files if f.mon == params["mon"]]
    chunk = files[(page - 1) * LIB_PER_PAGE : page * LIB_PER_PAGE]
    base = f"/library/{lib}"
    filt = '<div class="svLibFilter">Lớp: ' + " ".join(
        f'<a href="{base}{_lib_query(params, lop=v)}">{"Lớp " + v if v != "khac" else "Khác"}</a>'
        for v in LOP
    )
    filt += "<br />Môn: " + " ".join(
        f'<a href="{base}{_lib_query(params, mon=k)}">{esc(n)}</a>' for k, n in MON
    )
    filt += "<br />Sắp xếp: " + " | ".join(
        f'<a href="{base}{_lib_query(params, sort=k)}">{n}</a>' for k, n in SORTS
    )
    filt += "</div>"
    rows = (
        "".join(
            f'<tr><td><img src="/skins/icons/{f.ext}.gif" /> <a href="{lib_path(f)}">{esc(f.title)}</a></td>'
            f"<td>{esc(f.uploader)}</td><td>{f.day}</td></tr>"
            for f in chunk
        )
        or '<tr><td colspan="3">Chưa có tài liệu nào.</td></tr>'
    )
    pager = '<div class="svPager">'
    if page > 1:
        pager += (
            f'<a href="{base}{_lib_query(params, page=str(page - 1))}">&laquo; Trang trước</a> '
        )
    pager += f"Trang {page} "
    pager += f'<a href="{base}{_lib_query(params, page=str(page + 1))}">Trang sau &raquo;</a></div>'
    table = (
        '<table width="100%" border="0" cellpadding="3" class="svLibTable"><tr style="background:#eee">'
        f"<th>Tên tài liệu</th><th>Người gửi</th><th>Ngày gửi</th></tr>{rows}</table>"
    )
    main = _crumbs([(LIBS[lib], None)]) + _box(LIBS[lib], filt + table + pager, "svLibrary")
    return _layout(f"{LIBS[lib]} - {SITE}", main)


def _lib_file(f: LibFile) -> str:
    mon = dict(MON)[f.mon]
    inner = (
        f'<h2 style="font-size:14px; color:#036">{esc(f.title)}</h2>'
        f'<table cellpadding="3"><tr><td>Người gửi:</td><td><a href="/member">{esc(f.uploader)}</a></td></tr>'
        f"<tr><td>Ngày gửi:</td><td>{f.day}</td></tr><tr><td>Lớp:</td><td>{f.lop}</td></tr>"
        f"<tr><td>Môn:</td><td>{esc(mon)}</td></tr><tr><td>Lượt tải:</td><td>{17 + f.id % 90}</td></tr></table>"
        f"<p>Mô tả: {esc(f.title)}. Tài liệu do thành viên {esc(f.uploader)} chia sẻ trên thư viện"
        " của trường, quý thầy cô có thể tải về tham khảo.</p>"
        f'<p><a href="/data/upload/thhoabinh/library/{f.id}.{f.ext}"><img src="/skins/icons/download.gif" /> Tải về</a>'
        ' &nbsp; <a href="http://senvang.vn/bao-loi" rel="nofollow">Báo tài liệu có sai sót</a></p>'
        '<p style="color:#999">Nhắn tin cho tác giả | Đánh giá: ★★★★☆</p>'
    )
    main = _crumbs([(LIBS[f.lib], f"/library/{f.lib}")]) + _box(LIBS[f.lib], inner)
    return _layout(f"{f.title} - {SITE}", main)


def _static(key: str) -> str:
    title, paras = STATIC_PAGES[key]
    inner = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    return _layout(f"{title} - {SITE}", _crumbs([(title, None)]) + _box(title, inner))


def _documents() -> str:
    rows = "".join(
        f"<tr><td>{esc(no)}</td><td>{day}</td><td>{esc(abstract)}</td>"
        f'<td><a href="/data/upload/thhoabinh/vanban/{f}">Tải về</a></td></tr>'
        for no, day, abstract, f in DOCS
    )
    inner = (
        '<table border="1" cellpadding="3" style="border-collapse:collapse" width="100%">'
        "<tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>"
        f"{rows}</table>"
    )
    return _layout(f"Văn bản - {SITE}", _crumbs([("Văn bản", None)]) + _box("Văn bản", inner))


def _albums(aid: int | None) -> str:
    if aid is None:
        inner = "".join(
            f'<div><a href="/album/{a}">{esc(t)}</a> ({len(i)} ảnh)</div>'
            for a, (t, i) in ALBUMS.items()
        )
        return _layout(
            f"Thư viện ảnh - {SITE}",
            _crumbs([("Thư viện ảnh", None)]) + _box("Thư viện ảnh", inner),
        )
    title, imgs = ALBUMS[aid]
    inner = "".join(f'<img src="/data/upload/thhoabinh/album/{i}" width="170" /> ' for i in imgs)
    return _layout(
        f"{title} - {SITE}",
        _crumbs([("Thư viện ảnh", "/album"), (title, None)]) + _box(title, inner),
    )


def _contact() -> str:
    inner = (
        f"<p>{esc(SITE)}<br />Địa chỉ: {esc(ADDRESS)}<br />Điện thoại: 0210.3871.245</p>"
        '<form method="post" action="/contact"><table><tr><td>Họ tên:</td><td><input name="name" /></td></tr>'
        '<tr><td>Email:</td><td><input name="email" /></td></tr><tr><td>Tiêu đề:</td><td><input name="subject" /></td></tr>'
        '<tr><td>Nội dung:</td><td><textarea name="body" rows="5" cols="40"></textarea></td></tr></table>'
        '<input type="submit" value="Gửi liên hệ" /></form>'
    )
    return _layout(f"Liên hệ - {SITE}", _crumbs([("Liên hệ", None)]) + _box("Liên hệ", inner))


def _member() -> str:
    names = [
        "Nguyễn Thị Lan",
        "Đinh Văn Khánh",
        "Trần Thị Mai",
        "Vũ Thị Ngọc",
        "Lò Thị Hương",
        "Hà Thị Thủy",
    ]
    inner = "<ol>" + "".join(f"<li>{esc(n)}</li>" for n in names) + "</ol>"
    return _layout(
        f"Thành viên - {SITE}",
        _crumbs([("Thành viên", None)]) + _box("Danh sách thành viên", inner),
    )


def _search(q: str) -> str:
    hits = [s for s in STORIES if q and q.lower() in s.title.lower()]
    inner = (
        f'<form action="/search" method="get"><input name="q" value="{esc(q)}" /><input type="submit" value="Tìm" /></form>'
        + "".join(f'<div><a href="{article_path(s)}">{esc(s.title)}</a></div>' for s in hits)
        + ("" if hits or not q else "<p>Không tìm thấy kết quả nào.</p>")
    )
    return _layout(
        f"Tìm kiếm - {SITE}", _crumbs([("Tìm kiếm", None)]) + _box("Kết quả tìm kiếm", inner)
    )


def _send(s: Story) -> str:
    inner = (
        f"<p>Gửi bài viết <b>{esc(s.title)}</b> cho bạn bè</p>"
        f'<form method="post" action="/news/send/{s.id}"><table><tr><td>Email người nhận:</td>'
        '<td><input name="to" /></td></tr><tr><td>Lời nhắn:</td><td><textarea name="msg"></textarea></td></tr>'
        '</table><input type="submit" value="Gửi" /></form>'
    )
    return _layout(
        f"Gửi bài viết - {SITE}",
        _crumbs([("Tin tức", "/news"), ("Gửi bài viết", None)]) + _box("Gửi bài viết", inner),
    )


def _poll_result() -> str:
    inner = (
        "<p><b>Bạn biết đến trang web của trường qua đâu?</b></p>"
        "<p>Giáo viên giới thiệu: 41 phiếu (36%)<br />Nhóm Zalo lớp: 58 phiếu (51%)<br />"
        "Tìm kiếm trên mạng: 15 phiếu (13%)</p><p>Tổng số: 114 phiếu</p>"
    )
    return _layout(
        f"Kết quả thăm dò - {SITE}",
        _crumbs([("Thăm dò ý kiến", None)]) + _box("Kết quả thăm dò", inner),
    )


def _deleted() -> str:
    inner = (
        '<div style="padding:20px; color:#c00; text-align:center">Bài viết không tồn tại hoặc đã bị xóa!</div>'
        '<div style="text-align:center"><a href="/news">Quay lại trang tin tức</a></div>'
    )
    return _layout(
        f"Thông báo - {SITE}", _crumbs([("Tin tức", "/news")]) + _box("Thông báo", inner)
    )


def _ok(body: str) -> Response:
    """The platform's answer: text/html without a charset (the page's meta names utf-8)."""
    return html(body, charset=None)


_ENTRY = re.compile(r"^/news/entry/(\d+)(?:/([a-z0-9-]+)\.html)?$")
_CAT = re.compile(r"^/news/cat/(\d+)$")
_PRINT = re.compile(r"^/news/print/(\d+)$")
_LIB = re.compile(r"^/library/([a-z-]+)$")
_LIBFILE = re.compile(r"^/library/([a-z-]+)/file/(\d+)$")
_ALBUM = re.compile(r"^/album/(\d+)$")
_SEND = re.compile(r"^/news/send/(\d+)$")


def _page_no(params: dict[str, str]) -> int | None:
    value = params.get("page", "1") or "1"
    return int(value) if value.isdigit() and int(value) >= 1 else None


class VioletSchool:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        static = static_file(path)
        if static is not None:
            return static
        if path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        base = base_url(request)
        params = dict(parse_qsl(request.query, keep_blank_values=True))
        if path in ("/", "/index.php"):
            return _ok(_home())
        if path == "/news":
            page = _page_no(params)
            if page is None:
                return None
            return _ok(
                _listing("Tin tức", _sorted(), "/news", page, NEWS_PER_PAGE, [("Tin tức", None)])
            )
        if m := _CAT.match(path):
            cid, page = int(m.group(1)), _page_no(params)
            if cid not in CATS or page is None:
                return None
            stories = [s for s in _sorted() if int(s.cat) == cid]
            crumbs = [("Tin tức", "/news"), (CATS[cid], None)]
            return _ok(_listing(CATS[cid], stories, f"/news/cat/{cid}", page, CAT_PER_PAGE, crumbs))
        if m := _ENTRY.match(path):
            eid = int(m.group(1))
            if eid == DELETED_ID and not m.group(2):
                return _ok(_deleted())
            s = _BY_ID.get(eid)
            if s is None or (m.group(2) and m.group(2) != s.slug):
                return None
            return _ok(_article(s, base))
        if m := _PRINT.match(path):
            s = _BY_ID.get(int(m.group(1)))
            return _ok(_article(s, base, print_view=True)) if s else None
        if m := _LIB.match(path):
            lib = m.group(1)
            if lib not in LIBS or _page_no(params) is None:
                return None
            return _ok(_library(lib, params))
        if m := _LIBFILE.match(path):
            f = _LIBFILE_BY_ID.get(int(m.group(2)))
            return _ok(_lib_file(f)) if f and f.lib == m.group(1) else None
        if path.startswith("/page/") and path[6:] in STATIC_PAGES:
            return _ok(_static(path[6:]))
        if path == "/documents":
            return _ok(_documents())
        if path == "/album":
            return _ok(_albums(None))
        if (m := _ALBUM.match(path)) and int(m.group(1)) in ALBUMS:
            return _ok(_albums(int(m.group(1))))
        if (m := _SEND.match(path)) and int(m.group(1)) in _BY_ID:
            return _ok(_send(_BY_ID[int(m.group(1))]))
        if path == "/poll/result":
            return _ok(_poll_result())
        if path == "/contact":
            return _ok(_contact())
        if path == "/member":
            return _ok(_member())
        if path == "/search":
            return _ok(_search(params.get("q", "")))
        return None


def build_site() -> VioletSchool:
    """A fresh site object: every page is rendered per request from the constant data above."""
    return VioletSchool()
