"""Fixture portal: Trường Chính trị tỉnh Tuyên Quang, a subsite of a vendor provincial e-portal.

Imitates the ASP.NET MVC + Bootstrap 4 e-government portals that vendors (Bkav eGov, VNPT,
Viettel …) sold to provinces around 2020-2024: one host carries the provincial portal and every
agency as a *subsite* under its own path prefix (``/truongchinhtri/``, ``/sogddt/``,
``/sonoivu/`` …). The crawl starts at the political school's home ``/truongchinhtri/`` and its
portal is that prefix only.

What every page prints (the province's chrome around the agency's): a top bar with today's date
(``TODAY``), language flags (``/truongchinhtri/`` and the province's English site ``/en/``), an
accessibility toolbar ("A-", "A", "A+", "Tương phản", "Đọc bài": buttons, no links) and a
"Đăng nhập" link (``/dang-nhap?ReturnUrl=…``, the province's login); the header "CỔNG THÔNG TIN
ĐIỆN TỬ TỈNH TUYÊN QUANG" with the agency's name "TRƯỜNG CHÍNH TRỊ TỈNH TUYÊN QUANG" under it and
a search box (``/truongchinhtri/tim-kiem?keyword=``); the province's top menu (links to ``/``,
other agencies' subsites ``/sogddt/`` and ``/sonoivu/``, external services); the agency's menu
(Bootstrap dropdowns); a sidebar ("Thông báo" with dates, "Lịch học các lớp", "Văn bản mới",
"Video" with a YouTube iframe, "Liên kết website" select, "Thống kê truy cập": "Trực tuyến: 21 |
Hôm nay: 1.230 | Tổng: 2.345.678"); the province's footer ("Cơ quan chủ quản: UBND tỉnh Tuyên
Quang", licence, the portal's address) plus the school's address and hotline.

Pages of the subsite:

- home ``/truongchinhtri/``: a "Tin nổi bật" carousel (three featured posts, linked under the
  platform's featured path ``/truongchinhtri/tin-noi-bat/<slug>-<id>.html``), one box per
  section (newest items, "Xem thêm" to the listing), a photo-album strip;
- listings ``/truongchinhtri/tin-tuc`` (all news: Tin hoạt động + Thông báo),
  ``/truongchinhtri/tin-tuc/tin-hoat-dong``, ``/truongchinhtri/tin-tuc/thong-bao``,
  ``/truongchinhtri/nghien-cuu-trao-doi``: three items a page (the subsite's setting), Bootstrap
  pagination ``ul.pagination li.page-item a.page-link`` "«, 1, 2, 3, »" with ``?page=N`` (page 1 is
  the bare path; a page past the end answers 200 "Không có dữ liệu"); Tin hoạt động has 3 pages,
  Tin tức 4;
- articles ``/truongchinhtri/<category path>/<slug>-<id>.html``: ``ol.breadcrumb`` (Trang chủ /
  Tin tức / Tin hoạt động), ``h1.title-news``, ``div.news-meta`` ("<i class='far
  fa-calendar-alt'></i> 20/11/2026 | 16:45" and "<i class='far fa-eye'></i> N"), the "Nghe đọc
  bài viết" player (``<audio>`` on ``/truongchinhtri/api/tts?id=…&voice=…``, a voice select, a
  download link), the bold sapo ``div.sapo-news``, the CKEditor 4 text ``div.content-news``
  (Latin-1 letters written as named entities, as CKEditor 4's default ``entities`` option does;
  ``figure.image`` + ``figcaption``; ``table.image-caption`` with the caption in the second row;
  a centred image followed by a centred italic "(…)" line; blockquotes; ``ol`` lists; tables),
  the bylines typed at the end of the text, an optional "File đính kèm", an optional "Cập nhật
  lúc" stamp, ``div.news-author`` ("Tác giả: …", sometimes empty), "Chia sẻ:" buttons, "Bản in"
  (``?print=1``), "Từ khóa" (links to the search), "Tin liên quan" (dated) and a "Tin cùng
  chuyên mục" card grid. No ``rel=canonical``; ``og:url`` names the category path;
  ``article:published_time`` is sometimes the draft's creation time (earlier than printed);
- non-articles: ``/truongchinhtri/gioi-thieu/lich-su-phat-trien.html``,
  ``…/gioi-thieu/co-cau-to-chuc.html`` (leaders' table), ``/truongchinhtri/lien-he.html``
  (address and a POST form), ``/truongchinhtri/van-ban.html`` (document register) and document
  entries ``/truongchinhtri/van-ban/<slug>-<id>.html`` (fields + PDF), ``/truongchinhtri/
  thu-vien-anh.html`` and albums ``/truongchinhtri/thu-vien-anh/<slug>-<id>.html`` (photos with
  captions, no text; same URL shape as articles), ``/truongchinhtri/lich-cong-tac.html`` (the
  week's schedule), ``/truongchinhtri/lich-hoc-cac-lop.html``, tag searches, print views.

Traps and hard cases:

- other agencies live on the same host: ``/sogddt/…`` and ``/sonoivu/…`` are real subsites with
  real article pages (same platform, same URL shapes), linked from every page's province menu;
  ``/`` is the province's home. None of them is this portal's page (neither gold nor
  NON_ARTICLES);
- ``?print=1`` serves every article again (``meta robots noindex``, no canonical; the "Bản in"
  link is relative, so the featured path has its own print view);
- ``/truongchinhtri`` answers 301 to ``/truongchinhtri/``; every page sets an ASP.NET session
  cookie (never in URLs);
- the document register's filter ``van-ban.html?loai=&nam=`` answers 200 for any year 1900-2999
  and each filtered page links "« Năm N-1" / "Năm N+1 »" and every type for its year: the
  combinations never end; ``lich-cong-tac.html?tuan=&nam=`` pages week by week without end;
- the "Đọc bài" text-to-speech endpoint ``/truongchinhtri/api/tts?id=…&voice=…[&download=1]``
  answers ``audio/mpeg`` (linked by ``<audio src>`` and by a plain ``<a>`` download link);
- the three featured posts are served under two URLs (category path and ``/tin-noi-bat/``):
  the second is listed as ``alt_paths``;
- an old post deleted from the site is still linked from one "Tin liên quan" list: its URL
  answers 200 with "Bài viết không tồn tại hoặc đã bị xóa." (soft 404); so does any unknown id
  under a category path;
- one post's text was pasted decomposed (NFD, "Unicode tổ hợp").

Gold (by hand), following the project's conventions:

- ``published_at``: the meta row's "dd/mm/yyyy | HH:MM" (a time is printed, so ISO with +07:00);
  the notice 12385 prints "06/11/2026 | 00:00", a day only. The "Cập nhật lúc" stamp and the
  earlier ``article:published_time`` of some posts are ignored;
- ``summary``: ``div.sapo-news`` where printed (it is also the body's first paragraph); posts
  without it have None;
- ``body``: the text's paragraphs, blockquotes, list items (each a paragraph) and table rows
  (cells joined by " | ", the header row included) in order; the "Tài liệu tham khảo:" heading
  and its references in 12296 are article text; bylines, the role line under a signature,
  captions, "File đính kèm", "Cập nhật lúc", the player and widgets are not;
- ``authors``: the signature typed in the text wins, titles (ThS., TS.) and the unit after " - "
  stripped: "ThS. Lê Văn Hùng - Phòng Quản lý khoa học" → Lê Văn Hùng; "ThS. Nguyễn Văn Bình,
  ThS. Lê Thị Mai - Khoa Xây dựng Đảng" → both; a signature that is a unit ("Khoa Xây dựng
  Đảng") is the author; "Tin và ảnh: X" → X author and photographer; "Bài: X - Ảnh: Y" and
  "Tin: X" / "Ảnh: Y" lines → X author, Y photographer; a bare name line is the author. When
  nothing signs the text the "Tác giả:" field gives the author (12296 "ThS. Hà Thu Hương",
  12377 "Phạm Thu Trang", the office "Phòng Quản lý đào tạo" on 12421); "Ban biên tập" (12385)
  and "admin" (12330) credit nobody; an empty field credits nobody;
- ``source``: "Nguồn: Báo Tuyên Quang" (12377) → "Báo Tuyên Quang", the author field still counts;
- ``images``: every photo of the text in order; captions: a ``figcaption``, the second row of a
  ``table.image-caption``, a centred "(…)" line without its parentheses, "Ảnh: …" without the
  label; a figcaption that is only the camera's file name ("DSC_0457.JPG") and photos without a
  line have None;
- ``category``: the breadcrumb's last item (Tin hoạt động, Thông báo, Nghiên cứu - Trao đổi).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html.entities import codepoint2name
from urllib.parse import quote_plus, unquote_plus

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Raw, Story, base_url, esc, gold_record, static_file, text

NAME = "bkav_egov_tct"
PLATFORM = "aspnetmvc_egov_subsite"
PREFIX = "/truongchinhtri"
START_PATH = PREFIX + "/"

PROVINCE = "tỉnh Tuyên Quang"
PORTAL_NAME = "Cổng thông tin điện tử tỉnh Tuyên Quang"
SITE = "Trường Chính trị tỉnh Tuyên Quang"
ADDRESS = "Số 8, đường 17 tháng 8, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207 3 822 519"
HOTLINE = "0912 086 519"
EMAIL = "truongchinhtri@tuyenquang.gov.vn"
UP = "/UploadFiles/truongchinhtri"
TODAY_DATE = date(2026, 11, 25)
PER_PAGE = 3
SOFT_404_ID = 10877


@dataclass(frozen=True)
class Cat:
    key: str
    name: str
    path: str  # listing path (no trailing slash)
    parent: str | None  # "tin-tuc" or None


CATS: dict[str, Cat] = {
    "tin-hoat-dong": Cat("tin-hoat-dong", "Tin hoạt động", f"{PREFIX}/tin-tuc/tin-hoat-dong", "tin-tuc"),
    "thong-bao": Cat("thong-bao", "Thông báo", f"{PREFIX}/tin-tuc/thong-bao", "tin-tuc"),
    "nghien-cuu-trao-doi": Cat(
        "nghien-cuu-trao-doi", "Nghiên cứu - Trao đổi", f"{PREFIX}/nghien-cuu-trao-doi", None
    ),
}
NEWS_PATH = f"{PREFIX}/tin-tuc"
FEATURED_PATH = f"{PREFIX}/tin-noi-bat"

TAGS = ("lý luận chính trị", "đào tạo", "xây dựng Đảng", "nghiên cứu khoa học")


def _img(name: str, month: int = 11) -> str:
    return f"{UP}/Images/2026/{month:02d}/{name}.jpg"


# Story.opts: at (printed "dd/mm/yyyy HH:MM"), meta (article:published_time when it differs from
# the printed time), author_field (the "Tác giả:" field as printed, "" when empty), featured,
# tags, attach (file, name), updated ("Cập nhật lúc" stamp), nfd, related_extra (a dead link).
# P styles: "" paragraph, "quote" blockquote, "li" ordered-list item, "th"/"tr" table rows.
# Img styles: figure (figure.image + figcaption), table (table.image-caption), paren (centred
# image, centred italic line), plain (centred image alone).
STORIES: list[Story] = [
    Story(
        id=12421,
        slug="thong-bao-lich-thi-het-hoc-phan-lop-trung-cap-ly-luan-chinh-tri-k46-he-tap-trung",
        title="Thông báo lịch thi hết học phần lớp Trung cấp lý luận chính trị K46 hệ tập trung",
        cat="thong-bao",
        published_at="2026-11-23T10:05:00+07:00",
        blocks=[
            P(
                "Căn cứ Kế hoạch đào tạo năm 2026 của Trường Chính trị tỉnh Tuyên Quang, Phòng Quản"
                " lý đào tạo thông báo lịch thi hết học phần lớp Trung cấp lý luận chính trị K46 hệ"
                " tập trung như sau:"
            ),
            P("Ngày thi | Học phần | Hình thức thi | Phòng thi", "th"),
            P(
                "01/12/2026 | Những vấn đề cơ bản của chủ nghĩa Mác - Lênin | Viết | Hội trường A",
                "tr",
            ),
            P(
                "04/12/2026 | Những vấn đề cơ bản về Đảng Cộng sản và lịch sử Đảng Cộng sản Việt"
                " Nam | Viết | Hội trường A",
                "tr",
            ),
            P("08/12/2026 | Tư tưởng Hồ Chí Minh | Vấn đáp | Phòng 201, 202", "tr"),
            P(
                "Thời gian: buổi sáng bắt đầu từ 7 giờ 30 phút; học viên có mặt tại phòng thi trước"
                " 15 phút, mang theo thẻ học viên."
            ),
            P("Đề nghị các học viên nghiêm túc thực hiện./."),
        ],
        authors=["Phòng Quản lý đào tạo"],
        opts={"at": "23/11/2026 10:05", "author_field": "Phòng Quản lý đào tạo", "tags": ["đào tạo"]},
    ),
    Story(
        id=12418,
        slug="be-giang-lop-trung-cap-ly-luan-chinh-tri-k45-he-khong-tap-trung",
        title="Bế giảng lớp Trung cấp lý luận chính trị K45 hệ không tập trung",
        cat="tin-hoat-dong",
        published_at="2026-11-20T16:45:00+07:00",
        summary=(
            "Chiều 20/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Lễ bế giảng và trao bằng"
            " tốt nghiệp cho 112 học viên lớp Trung cấp lý luận chính trị K45 hệ không tập trung,"
            " khóa học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Dự buổi lễ có đồng chí Nguyễn Thanh Sơn, Hiệu trưởng Nhà trường; đại diện lãnh đạo"
                " các phòng, khoa chuyên môn, giảng viên chủ nhiệm cùng toàn thể học viên của lớp."
            ),
            P(
                "Lớp Trung cấp lý luận chính trị K45 khai giảng tháng 11/2025, học viên là cán bộ,"
                " công chức, viên chức đang công tác tại các sở, ban, ngành và Ủy ban nhân dân các"
                " xã, phường trên địa bàn tỉnh. Trong suốt thời gian học tập, các học viên đã nghiêm"
                " túc chấp hành quy chế đào tạo, tích cực nghiên cứu, trao đổi, vận dụng kiến thức"
                " lý luận vào thực tiễn công tác tại cơ quan, đơn vị."
            ),
            Img(
                _img("be-giang-k45-01"),
                "Đồng chí Nguyễn Thanh Sơn, Hiệu trưởng Nhà trường phát biểu tại Lễ bế giảng",
                "Đồng chí Nguyễn Thanh Sơn, Hiệu trưởng Nhà trường phát biểu tại Lễ bế giảng",
                "figure",
            ),
            P(
                "Kết quả học tập toàn khóa có 21 học viên đạt loại giỏi, chiếm 18,75%; 86 học viên"
                " đạt loại khá, chiếm 76,79%; 5 học viên đạt loại trung bình. 100% học viên đủ điều"
                " kiện được cấp bằng tốt nghiệp."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Hiệu trưởng chúc mừng những kết quả mà các học viên"
                " đã đạt được và nhấn mạnh:"
            ),
            P(
                "“Tốt nghiệp không phải là kết thúc của việc học tập. Mỗi đồng chí cần tiếp tục tự"
                " học, tự rèn luyện, vận dụng sáng tạo những kiến thức đã được trang bị vào thực hiện"
                " nhiệm vụ chính trị ở địa phương, đơn vị mình”.",
                "quote",
            ),
            Img(
                _img("be-giang-k45-02"),
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt loại giỏi",
                "Lãnh đạo Nhà trường trao bằng tốt nghiệp cho các học viên đạt loại giỏi",
                "table",
            ),
            P(
                "Dịp này, Nhà trường trao Giấy khen cho 5 học viên có thành tích xuất sắc trong học"
                " tập và rèn luyện."
            ),
            Raw('<p style="text-align: right;"><strong>Tin v&agrave; ảnh: Ho&agrave;ng Thị Phương Thảo</strong></p>'),
        ],
        authors=["Hoàng Thị Phương Thảo"],
        photographers=["Hoàng Thị Phương Thảo"],
        opts={
            "at": "20/11/2026 16:45",
            "meta": "2026-11-20T15:02:37+07:00",
            "author_field": "Hoàng Thị Phương Thảo",
            "featured": True,
            "tags": ["lý luận chính trị", "đào tạo"],
        },
    ),
    Story(
        id=12412,
        slug="hoi-thao-khoa-hoc-nang-cao-chat-luong-boi-duong-ly-luan-chinh-tri-cho-can-bo-cap-xa",
        title=(
            "Hội thảo khoa học “Nâng cao chất lượng bồi dưỡng lý luận chính trị cho đội ngũ cán bộ"
            " cấp xã sau sắp xếp đơn vị hành chính”"
        ),
        cat="tin-hoat-dong",
        published_at="2026-11-17T08:30:00+07:00",
        summary=(
            "Ngày 14/11/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thảo khoa học cấp"
            " trường với chủ đề “Nâng cao chất lượng bồi dưỡng lý luận chính trị cho đội ngũ cán"
            " bộ cấp xã sau sắp xếp đơn vị hành chính”."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Hội thảo nhận được 26 bài tham luận của các nhà khoa học, giảng viên Nhà trường, cán"
                " bộ Ban Tuyên giáo và Dân vận Tỉnh ủy, Sở Nội vụ và lãnh đạo Đảng ủy một số xã,"
                " phường trong tỉnh."
            ),
            Img(_img("hoi-thao-khoa-hoc-01"), "(Quang cảnh Hội thảo)", "Quang cảnh Hội thảo", "paren"),
            P(
                "Các tham luận tập trung phân tích thực trạng đội ngũ cán bộ cấp xã sau khi thực hiện"
                " mô hình chính quyền địa phương hai cấp; chỉ ra những yêu cầu mới về kiến thức, kỹ"
                " năng đối với cán bộ cơ sở; đồng thời đề xuất nhiều giải pháp đổi mới nội dung,"
                " chương trình, phương pháp bồi dưỡng theo hướng thiết thực, sát với nhiệm vụ của"
                " từng chức danh."
            ),
            P(
                "Kết luận Hội thảo, đồng chí Trần Thị Hòa, Phó Hiệu trưởng Nhà trường đề nghị các"
                " khoa chuyên môn tiếp thu các ý kiến đóng góp, sớm hoàn thiện bộ tài liệu bồi dưỡng"
                " dành cho cán bộ cấp xã, đưa vào giảng dạy từ năm 2027."
            ),
            Img(_img("hoi-thao-khoa-hoc-02"), None, None, "plain"),
            Raw(
                '<p style="text-align: right;"><strong>ThS. L&ecirc; Văn H&ugrave;ng - Ph&ograve;ng'
                " Quản l&yacute; khoa học</strong></p>"
            ),
        ],
        authors=["Lê Văn Hùng"],
        opts={
            "at": "17/11/2026 08:30",
            "meta": "2026-11-16T17:48:05+07:00",
            "author_field": "",
            "featured": True,
            "updated": "18/11/2026 09:12",
            "tags": ["nghiên cứu khoa học", "lý luận chính trị"],
        },
    ),
    Story(
        id=12399,
        slug="van-dung-phuong-phap-day-hoc-tich-cuc-trong-giang-day-ly-luan-chinh-tri",
        title=(
            "Vận dụng phương pháp dạy học tích cực trong giảng dạy lý luận chính trị ở trường"
            " chính trị tỉnh hiện nay"
        ),
        cat="nghien-cuu-trao-doi",
        published_at="2026-11-12T14:00:00+07:00",
        summary=(
            "Đổi mới phương pháp giảng dạy theo hướng phát huy tính tích cực, chủ động của người"
            " học là yêu cầu cấp thiết nhằm nâng cao chất lượng đào tạo, bồi dưỡng lý luận chính"
            " trị cho cán bộ, đảng viên ở các trường chính trị tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Đối tượng học viên của trường chính trị tỉnh là cán bộ, công chức, viên chức đã có"
                " kinh nghiệm thực tiễn, có khả năng tư duy độc lập và thường đặt câu hỏi gắn với"
                " công việc của mình. Vì vậy, cách giảng thuyết trình một chiều không còn phù hợp,"
                " dễ gây nhàm chán và hạn chế khả năng tiếp thu của người học."
            ),
            P("Nghị quyết số 29-NQ/TW của Hội nghị Trung ương 8 khóa XI đã xác định:"),
            P(
                "“Tiếp tục đổi mới mạnh mẽ phương pháp dạy và học theo hướng hiện đại; phát huy tính"
                " tích cực, chủ động, sáng tạo và vận dụng kiến thức, kỹ năng của người học”.",
                "quote",
            ),
            P("Từ thực tiễn giảng dạy, có thể vận dụng một số phương pháp sau:"),
            P(
                "Phương pháp nêu vấn đề: giảng viên đặt ra các tình huống có vấn đề từ thực tiễn địa"
                " phương để học viên cùng phân tích, tìm cách giải quyết.",
                "li",
            ),
            P(
                "Phương pháp thảo luận nhóm: chia lớp thành các nhóm nhỏ, mỗi nhóm trao đổi một nội"
                " dung và cử đại diện trình bày trước lớp.",
                "li",
            ),
            P(
                "Phương pháp nghiên cứu tình huống: sử dụng các tình huống điển hình trong lãnh đạo,"
                " quản lý để học viên rèn luyện kỹ năng ra quyết định.",
                "li",
            ),
            P(
                "Để các phương pháp trên phát huy hiệu quả, mỗi giảng viên cần không ngừng nâng cao"
                " trình độ chuyên môn, tích cực đi thực tế cơ sở; đồng thời Nhà trường cần đầu tư cơ"
                " sở vật chất, trang thiết bị dạy học hiện đại."
            ),
            Raw(
                '<p style="text-align: right;"><strong>TS. Trần Minh Đức</strong><br />\n'
                "<em>Ph&oacute; Trưởng khoa L&yacute; luận cơ sở</em></p>"
            ),
        ],
        authors=["Trần Minh Đức"],
        opts={
            "at": "12/11/2026 14:00",
            "author_field": "TS. Trần Minh Đức",
            "tags": ["lý luận chính trị", "nghiên cứu khoa học"],
        },
    ),
    Story(
        id=12391,
        slug="khai-giang-lop-cao-cap-ly-luan-chinh-tri-he-khong-tap-trung-khoa-hoc-2026-2028",
        title="Khai giảng lớp Cao cấp lý luận chính trị hệ không tập trung khóa học 2026 - 2028",
        cat="tin-hoat-dong",
        published_at="2026-11-10T09:15:00+07:00",
        blocks=[
            P(
                "Sáng 09/11/2026, tại Trường Chính trị tỉnh Tuyên Quang, Học viện Chính trị khu vực"
                " I phối hợp với Nhà trường tổ chức Lễ khai giảng lớp Cao cấp lý luận chính trị hệ"
                " không tập trung khóa học 2026 - 2028."
            ),
            Img(
                _img("khai-giang-cao-cap-01"),
                "(Đồng chí Lê Quang Vinh, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng)",
                "Đồng chí Lê Quang Vinh, Phó Hiệu trưởng Trường Chính trị tỉnh phát biểu khai giảng",
                "paren",
            ),
            P(
                "Lớp học có 98 học viên là cán bộ lãnh đạo, quản lý cấp phòng và tương đương của các"
                " sở, ban, ngành, đoàn thể cấp tỉnh và các xã, phường. Trong thời gian 2 năm, học"
                " viên sẽ được nghiên cứu 4 khối kiến thức với 18 học phần theo chương trình của Học"
                " viện Chính trị quốc gia Hồ Chí Minh."
            ),
            P(
                "Phát biểu khai giảng, đồng chí Phó Hiệu trưởng đề nghị học viên xác định rõ động"
                " cơ, mục đích học tập; chấp hành nghiêm quy chế đào tạo; phát huy tinh thần tự học,"
                " tích cực trao đổi, thảo luận, liên hệ thực tiễn để không ngừng nâng cao bản lĩnh"
                " chính trị, năng lực lãnh đạo, quản lý."
            ),
            Img(
                _img("khai-giang-cao-cap-02"),
                "(Toàn cảnh Lễ khai giảng)",
                "Toàn cảnh Lễ khai giảng",
                "paren",
            ),
            Raw(
                '<p style="text-align: right;"><strong>B&agrave;i: Nguyễn Minh Tuấn - Ảnh: Đỗ'
                " Quang Huy</strong></p>"
            ),
        ],
        authors=["Nguyễn Minh Tuấn"],
        photographers=["Đỗ Quang Huy"],
        opts={
            "at": "10/11/2026 09:15",
            "author_field": "Nguyễn Minh Tuấn",
            "featured": True,
            "tags": ["lý luận chính trị", "đào tạo"],
        },
    ),
    Story(
        id=12385,
        slug="thong-bao-tuyen-sinh-lop-trung-cap-ly-luan-chinh-tri-he-khong-tap-trung-nam-2027",
        title="Thông báo tuyển sinh lớp Trung cấp lý luận chính trị hệ không tập trung năm 2027",
        cat="thong-bao",
        published_at="2026-11-06",
        blocks=[
            P(
                "Thực hiện Kế hoạch đào tạo, bồi dưỡng cán bộ năm 2027 của Ban Thường vụ Tỉnh ủy,"
                " Trường Chính trị tỉnh Tuyên Quang thông báo tuyển sinh lớp Trung cấp lý luận chính"
                " trị hệ không tập trung năm 2027."
            ),
            P(
                "Đối tượng: cán bộ, công chức, viên chức đã được quy hoạch các chức danh lãnh đạo,"
                " quản lý theo quy định; có trình độ chuyên môn từ trung cấp trở lên."
            ),
            P(
                "Hồ sơ gửi về Phòng Quản lý đào tạo trước ngày 15/12/2026. Chi tiết xem tại file"
                " đính kèm."
            ),
        ],
        opts={
            "at": "06/11/2026 00:00",
            "author_field": "Ban biên tập",
            "attach": (f"{UP}/Files/2026/11/thong-bao-tuyen-sinh-tcllct-2027.pdf", "thong-bao-tuyen-sinh-tcllct-2027.pdf"),
            "tags": ["đào tạo"],
        },
    ),
    Story(
        id=12377,
        slug="doan-cong-tac-truong-chinh-tri-tinh-hoc-tap-kinh-nghiem-tai-truong-chinh-tri-tinh-lao-cai",
        title="Đoàn công tác Trường Chính trị tỉnh học tập kinh nghiệm tại Trường Chính trị tỉnh Lào Cai",
        cat="tin-hoat-dong",
        published_at="2026-11-03T14:20:00+07:00",
        summary=(
            "Từ ngày 29 đến 31/10/2026, đoàn công tác Trường Chính trị tỉnh Tuyên Quang do đồng chí"
            " Nguyễn Thanh Sơn, Hiệu trưởng làm trưởng đoàn đã đến thăm, học tập kinh nghiệm tại"
            " Trường Chính trị tỉnh Lào Cai."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tại buổi làm việc, hai bên đã trao đổi kinh nghiệm về công tác xây dựng trường chính"
                " trị chuẩn mức 1; đổi mới chương trình, phương pháp giảng dạy; chuyển đổi số trong"
                " quản lý đào tạo và công tác nghiên cứu khoa học, đi thực tế của giảng viên."
            ),
            Img(_img("hoc-tap-kinh-nghiem-lao-cai"), "Hai đoàn chụp ảnh lưu niệm", "Hai đoàn chụp ảnh lưu niệm", "figure"),
            P(
                "Đoàn công tác cũng đã tham quan phòng học thông minh, thư viện điện tử của Trường"
                " Chính trị tỉnh Lào Cai và một số mô hình phát triển kinh tế - xã hội tiêu biểu của"
                " địa phương."
            ),
            Raw('<p style="text-align: right;"><em>Nguồn: B&aacute;o Tuy&ecirc;n Quang</em></p>'),
        ],
        authors=["Phạm Thu Trang"],
        source="Báo Tuyên Quang",
        opts={
            "at": "03/11/2026 14:20",
            "author_field": "Phạm Thu Trang",
            "related_extra": (
                f"{CATS['tin-hoat-dong'].path}/truong-chinh-tri-tinh-tiep-va-lam-viec-voi-doan-cong-tac"
                f"-truong-chinh-tri-tinh-ha-giang-{SOFT_404_ID}.html",
                "Trường Chính trị tỉnh tiếp và làm việc với đoàn công tác Trường Chính trị tỉnh Hà Giang",
                "14/03/2024",
            ),
            "tags": ["xây dựng Đảng"],
        },
    ),
    Story(
        id=12360,
        slug="chi-bo-khoa-xay-dung-dang-sinh-hoat-chuyen-de-quy-iv-nam-2026",
        title="Chi bộ Khoa Xây dựng Đảng sinh hoạt chuyên đề quý IV năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-27T15:10:00+07:00",
        blocks=[
            P(
                "Chiều 26/10/2026, Chi bộ Khoa Xây dựng Đảng tổ chức sinh hoạt chuyên đề quý IV với"
                " chủ đề “Nâng cao chất lượng sinh hoạt chi bộ gắn với thực hiện nhiệm vụ chuyên"
                " môn”."
            ),
            P("Tại buổi sinh hoạt, các đảng viên đã tập trung thảo luận, làm rõ các nội dung:"),
            P("Thực trạng chất lượng sinh hoạt chi bộ thời gian qua;", "li"),
            P("Trách nhiệm của mỗi đảng viên trong việc chuẩn bị nội dung sinh hoạt;", "li"),
            P("Giải pháp gắn sinh hoạt chi bộ với nâng cao chất lượng bài giảng.", "li"),
            Img(_img("sinh-hoat-chuyen-de-khoa-xdd-01", 10), None, None, "plain"),
            Img(_img("sinh-hoat-chuyen-de-khoa-xdd-02", 10), None, None, "plain"),
            P(
                "Qua buổi sinh hoạt, mỗi đảng viên nâng cao nhận thức, ý thức trách nhiệm, góp phần"
                " xây dựng chi bộ trong sạch, vững mạnh."
            ),
            Raw('<p style="text-align: right;"><strong>Khoa X&acirc;y dựng Đảng</strong></p>'),
        ],
        authors=["Khoa Xây dựng Đảng"],
        opts={"at": "27/10/2026 15:10", "author_field": "", "tags": ["xây dựng Đảng"]},
    ),
    Story(
        id=12352,
        slug="mot-so-giai-phap-nang-cao-chat-luong-cong-tac-phat-trien-dang-vien-o-co-so-hien-nay",
        title="Một số giải pháp nâng cao chất lượng công tác phát triển đảng viên ở cơ sở hiện nay",
        cat="nghien-cuu-trao-doi",
        published_at="2026-10-21T09:00:00+07:00",
        summary=(
            "Phát triển đảng viên là nhiệm vụ thường xuyên, quan trọng của công tác xây dựng Đảng,"
            " góp phần bổ sung nguồn lực mới, bảo đảm sự kế thừa, phát triển liên tục của Đảng."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Những năm qua, công tác phát triển đảng viên ở cơ sở trên địa bàn tỉnh đã đạt được"
                " nhiều kết quả tích cực. Tuy nhiên, ở một số nơi, nhất là các thôn, bản vùng sâu,"
                " vùng xa và trong doanh nghiệp ngoài khu vực nhà nước, việc tạo nguồn kết nạp đảng"
                " viên còn gặp nhiều khó khăn."
            ),
            P(
                "Nguyên nhân chủ yếu là một bộ phận thanh niên đi làm ăn xa; công tác tuyên truyền,"
                " giáo dục chưa thực sự hấp dẫn; một số cấp ủy chưa quan tâm đúng mức đến việc bồi"
                " dưỡng, giới thiệu quần chúng ưu tú."
            ),
            Img(
                _img("boi-duong-nhan-thuc-ve-dang", 10),
                "Lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú",
                "Lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú",
                "table",
            ),
            P(
                "Để nâng cao chất lượng công tác phát triển đảng viên, cần thực hiện đồng bộ các giải"
                " pháp: nâng cao nhận thức, trách nhiệm của cấp ủy, chi bộ; đổi mới nội dung, phương"
                " thức tuyên truyền, giáo dục; làm tốt công tác tạo nguồn thông qua các phong trào"
                " thi đua, hoạt động của đoàn thể; đồng thời thực hiện chặt chẽ quy trình, thủ tục"
                " kết nạp, không chạy theo số lượng."
            ),
            Raw(
                '<p style="text-align: right;"><strong>ThS. Nguyễn Văn B&igrave;nh, ThS. L&ecirc;'
                " Thị Mai - Khoa X&acirc;y dựng Đảng</strong></p>"
            ),
        ],
        authors=["Nguyễn Văn Bình", "Lê Thị Mai"],
        opts={
            "at": "21/10/2026 09:00",
            "author_field": "Nguyễn Văn Bình, Lê Thị Mai",
            "updated": "02/11/2026 15:40",
            "tags": ["xây dựng Đảng", "nghiên cứu khoa học"],
        },
    ),
    Story(
        id=12344,
        slug="hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        title="Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-10-15T10:30:00+07:00",
        blocks=[
            P(
                "Từ ngày 12 đến 14/10/2026, Trường Chính trị tỉnh Tuyên Quang tổ chức Hội thi giảng"
                " viên dạy giỏi cấp trường năm 2026 với sự tham gia của 14 giảng viên đến từ 4 khoa"
                " chuyên môn."
            ),
            Img(
                _img("hoi-thi-gvdg-01", 10),
                "Ảnh: Ban Giám khảo chấm bài giảng của các thí sinh",
                "Ban Giám khảo chấm bài giảng của các thí sinh",
                "figure",
            ),
            P(
                "Mỗi giảng viên trình bày một bài giảng trong thời gian 45 phút, có ứng dụng công"
                " nghệ thông tin và phương pháp dạy học tích cực. Ban Giám khảo đánh giá các bài"
                " giảng có nội dung bám sát chương trình, nhiều liên hệ thực tiễn sinh động của địa"
                " phương."
            ),
            Img(_img("hoi-thi-gvdg-02", 10), "DSC_0457.JPG", None, "figure"),
            P(
                "Kết quả, Ban Tổ chức trao 2 giải Nhất, 3 giải Nhì, 4 giải Ba và 5 giải Khuyến khích."
                " Các giảng viên đạt giải Nhất sẽ được cử tham gia Hội thi giảng viên dạy giỏi các"
                " trường chính trị khu vực năm 2027."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Tin: Vũ Thị Lan</strong></p>\n'
                '<p style="text-align: right;"><strong>Ảnh: Trần Đức Anh</strong></p>'
            ),
        ],
        authors=["Vũ Thị Lan"],
        photographers=["Trần Đức Anh"],
        opts={"at": "15/10/2026 10:30", "author_field": "Vũ Thị Lan", "tags": ["đào tạo"]},
    ),
    Story(
        id=12330,
        slug="thong-bao-tam-dung-len-lop-ngay-08-10-2026-do-anh-huong-cua-mua-lu",
        title="Thông báo tạm dừng lên lớp ngày 08/10/2026 do ảnh hưởng của mưa lũ",
        cat="thong-bao",
        published_at="2026-10-08T07:40:00+07:00",
        blocks=[
            P(
                "Do ảnh hưởng của mưa lũ, nhiều tuyến đường giao thông trên địa bàn tỉnh bị ngập, sạt"
                " lở, Nhà trường thông báo tạm dừng lên lớp đối với tất cả các lớp học trong ngày"
                " 08/10/2026."
            ),
            P(
                "Các lớp học bù theo lịch do Phòng Quản lý đào tạo sắp xếp và thông báo sau. Học viên"
                " ở lại ký túc xá chủ động bảo đảm an toàn, hạn chế ra ngoài khi không cần thiết."
            ),
        ],
        opts={"at": "08/10/2026 07:40", "author_field": "admin", "tags": []},
    ),
    Story(
        id=12302,
        slug="boi-duong-kien-thuc-quoc-phong-va-an-ninh-cho-doi-tuong-4-nam-2026",
        title="Bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm 2026",
        cat="tin-hoat-dong",
        published_at="2026-09-22T16:00:00+07:00",
        blocks=[
            P(
                "Ngày 21/9/2026, Trường Chính trị tỉnh Tuyên Quang phối hợp với Bộ Chỉ huy Quân sự"
                " tỉnh khai giảng lớp bồi dưỡng kiến thức quốc phòng và an ninh cho đối tượng 4 năm"
                " 2026."
            ),
            P(
                "Tham gia lớp học có 135 học viên là trưởng thôn, bản, tổ dân phố; chi hội trưởng các"
                " đoàn thể và đảng viên mới ở các xã, phường. Trong thời gian 5 ngày, học viên được"
                " nghiên cứu 8 chuyên đề về quan điểm, đường lối của Đảng, chính sách, pháp luật của"
                " Nhà nước về quốc phòng, an ninh; xây dựng nền quốc phòng toàn dân, thế trận an ninh"
                " nhân dân ở cơ sở."
            ),
            Img(
                _img("boi-duong-qpan-doi-tuong-4", 9),
                "Quang cảnh buổi khai giảng lớp học",
                "Quang cảnh buổi khai giảng lớp học",
                "table",
            ),
            P(
                "Kết thúc khóa học, các học viên làm bài thu hoạch và được cấp giấy chứng nhận theo"
                " quy định."
            ),
            Raw('<p style="text-align: right;"><strong>Đinh Thị Hồng Nhung</strong></p>'),
        ],
        authors=["Đinh Thị Hồng Nhung"],
        opts={"at": "22/09/2026 16:00", "author_field": "Đinh Thị Hồng Nhung", "nfd": True, "tags": ["đào tạo"]},
    ),
    Story(
        id=12296,
        slug="bao-ve-nen-tang-tu-tuong-cua-dang-tren-khong-gian-mang-trong-boi-canh-chuyen-doi-so",
        title="Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng trong bối cảnh chuyển đổi số",
        cat="nghien-cuu-trao-doi",
        published_at="2026-09-15T08:00:00+07:00",
        summary=(
            "Không gian mạng đang trở thành mặt trận mới trong cuộc đấu tranh bảo vệ nền tảng tư"
            " tưởng của Đảng. Bài viết phân tích một số thủ đoạn của các thế lực thù địch và đề"
            " xuất giải pháp nâng cao hiệu quả công tác này."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Cùng với những lợi ích to lớn, sự phát triển mạnh mẽ của internet và mạng xã hội cũng"
                " bị các thế lực thù địch lợi dụng để xuyên tạc chủ nghĩa Mác - Lênin, tư tưởng Hồ"
                " Chí Minh, phủ nhận vai trò lãnh đạo của Đảng, gây hoài nghi, chia rẽ trong nội bộ."
            ),
            P(
                "Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền"
                " tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong"
                " tình hình mới đã chỉ rõ yêu cầu phải chủ động, kiên quyết, kiên trì đấu tranh trên"
                " không gian mạng."
            ),
            P(
                "Đối với trường chính trị tỉnh, cần đưa nội dung bảo vệ nền tảng tư tưởng của Đảng"
                " vào các chương trình đào tạo, bồi dưỡng; nâng cao kỹ năng nhận diện thông tin xấu,"
                " độc cho học viên; phát huy vai trò của giảng viên trong việc tham gia viết bài, lan"
                " tỏa thông tin tích cực trên môi trường mạng."
            ),
            P("Tài liệu tham khảo:"),
            P(
                "Bộ Chính trị (2018), Nghị quyết số 35-NQ/TW về tăng cường bảo vệ nền tảng tư tưởng"
                " của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới.",
                "li",
            ),
            P(
                "Đảng Cộng sản Việt Nam (2021), Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII,"
                " Nxb. Chính trị quốc gia Sự thật, Hà Nội.",
                "li",
            ),
        ],
        authors=["Hà Thu Hương"],
        opts={
            "at": "15/09/2026 08:00",
            "author_field": "ThS. Hà Thu Hương",
            "tags": ["xây dựng Đảng", "lý luận chính trị"],
        },
    ),
]

_BY_ID: dict[int, Story] = {s.id: s for s in STORIES}


def _when(s: Story) -> datetime:
    return datetime.strptime(s.opts["at"], "%d/%m/%Y %H:%M")


NEWEST: list[Story] = sorted(STORIES, key=_when, reverse=True)


def article_path(s: Story) -> str:
    return f"{CATS[s.cat].path}/{s.slug}-{s.id}.html"


def featured_path(s: Story) -> str:
    return f"{FEATURED_PATH}/{s.slug}-{s.id}.html"


def in_cats(*keys: str) -> list[Story]:
    return [s for s in NEWEST if s.cat in keys]


# listing path -> (title, categories, breadcrumb trail above it)
LISTINGS: dict[str, tuple[str, tuple[str, ...], list[tuple[str, str]]]] = {
    NEWS_PATH: ("Tin tức", ("tin-hoat-dong", "thong-bao"), []),
    CATS["tin-hoat-dong"].path: ("Tin hoạt động", ("tin-hoat-dong",), [(NEWS_PATH, "Tin tức")]),
    CATS["thong-bao"].path: ("Thông báo", ("thong-bao",), [(NEWS_PATH, "Tin tức")]),
    CATS["nghien-cuu-trao-doi"].path: ("Nghiên cứu - Trao đổi", ("nghien-cuu-trao-doi",), []),
}


def _pages(n: int) -> int:
    return max(1, -(-n // PER_PAGE))


# --- documents, albums, static pages ---------------------------------------------------------


@dataclass(frozen=True)
class Doc:
    id: int
    slug: str
    number: str
    kind: int
    issued: str  # dd/mm/yyyy
    summary: str
    signer: str
    file: str

    @property
    def path(self) -> str:
        return f"{PREFIX}/van-ban/{self.slug}-{self.id}.html"

    @property
    def year(self) -> int:
        return int(self.issued[-4:])


DOC_KINDS = {1: "Quyết định", 2: "Kế hoạch", 3: "Thông báo", 4: "Hướng dẫn"}
DOCS: list[Doc] = [
    Doc(
        512,
        "ke-hoach-dao-tao-boi-duong-nam-2027",
        "156/KH-TCT",
        2,
        "18/11/2026",
        "Kế hoạch đào tạo, bồi dưỡng cán bộ, công chức năm 2027",
        "Nguyễn Thanh Sơn",
        f"{UP}/VanBan/2026/156-kh-tct.pdf",
    ),
    Doc(
        509,
        "quyet-dinh-ban-hanh-quy-che-dao-tao-trung-cap-ly-luan-chinh-tri",
        "142/QĐ-TCT",
        1,
        "30/10/2026",
        "Quyết định ban hành Quy chế đào tạo trung cấp lý luận chính trị",
        "Nguyễn Thanh Sơn",
        f"{UP}/VanBan/2026/142-qd-tct.pdf",
    ),
    Doc(
        503,
        "huong-dan-viet-bai-thu-hoach-cuoi-khoa",
        "09/HD-TCT",
        4,
        "05/09/2026",
        "Hướng dẫn viết bài thu hoạch cuối khóa các lớp bồi dưỡng",
        "Trần Thị Hòa",
        f"{UP}/VanBan/2026/09-hd-tct.pdf",
    ),
    Doc(
        488,
        "thong-bao-ket-luan-cua-hieu-truong-tai-hoi-nghi-tong-ket-nam-2025",
        "05/TB-TCT",
        3,
        "12/01/2026",
        "Thông báo kết luận của Hiệu trưởng tại Hội nghị tổng kết năm 2025",
        "Nguyễn Thanh Sơn",
        f"{UP}/VanBan/2026/05-tb-tct.pdf",
    ),
    Doc(
        471,
        "ke-hoach-nghien-cuu-khoa-hoc-nam-2025",
        "87/KH-TCT",
        2,
        "20/12/2024",
        "Kế hoạch nghiên cứu khoa học năm 2025",
        "Lê Quang Vinh",
        f"{UP}/VanBan/2024/87-kh-tct.pdf",
    ),
]
_DOC_BY_PATH = {d.path: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    id: int
    slug: str
    title: str
    day: str
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"{PREFIX}/thu-vien-anh/{self.slug}-{self.id}.html"


ALBUMS: list[Album] = [
    Album(
        215,
        "hinh-anh-le-be-giang-lop-trung-cap-ly-luan-chinh-tri-k45",
        "Hình ảnh Lễ bế giảng lớp Trung cấp lý luận chính trị K45",
        "20/11/2026",
        (
            (f"{UP}/Album/215/anh-01.jpg", "Học viên chụp ảnh lưu niệm cùng lãnh đạo Nhà trường"),
            (f"{UP}/Album/215/anh-02.jpg", "Trao bằng tốt nghiệp cho học viên"),
            (f"{UP}/Album/215/anh-03.jpg", "Đại diện học viên phát biểu cảm tưởng"),
        ),
    ),
    Album(
        209,
        "hoi-thi-giang-vien-day-gioi-cap-truong-nam-2026",
        "Hội thi giảng viên dạy giỏi cấp trường năm 2026",
        "15/10/2026",
        (
            (f"{UP}/Album/209/anh-01.jpg", "Giảng viên Khoa Lý luận cơ sở trình bày bài giảng"),
            (f"{UP}/Album/209/anh-02.jpg", "Ban Giám khảo Hội thi"),
        ),
    ),
]
_ALBUM_BY_PATH = {a.path: a for a in ALBUMS}

LEADERS = (
    ("Nguyễn Thanh Sơn", "Hiệu trưởng", "0207 3 822 100"),
    ("Trần Thị Hòa", "Phó Hiệu trưởng", "0207 3 822 101"),
    ("Lê Quang Vinh", "Phó Hiệu trưởng", "0207 3 822 102"),
)
UNITS = (
    "Phòng Tổ chức - Hành chính",
    "Phòng Quản lý đào tạo",
    "Phòng Quản lý khoa học",
    "Khoa Xây dựng Đảng",
    "Khoa Lý luận cơ sở",
    "Khoa Nhà nước và Pháp luật",
    "Khoa Dân vận",
)

STATIC_PAGES: dict[str, tuple[str, str]] = {
    f"{PREFIX}/gioi-thieu/lich-su-phat-trien.html": (
        "Lịch sử phát triển",
        "<p>Trường Chính trị tỉnh Tuyên Quang có tiền thân là Trường Đảng tỉnh Tuyên Quang, được"
        " thành lập ngày 19/5/1949. Trải qua hơn 75 năm xây dựng và trưởng thành, Nhà trường đã"
        " đào tạo, bồi dưỡng hàng vạn lượt cán bộ, đảng viên cho tỉnh.</p>"
        "<p>Năm 2020, Trường được công nhận đạt chuẩn mức 1 theo Quy định số 09-QĐi/TW của Ban Bí"
        " thư. Trường được Đảng và Nhà nước tặng thưởng Huân chương Lao động hạng Nhất, Huân chương"
        " Độc lập hạng Ba.</p>",
    ),
    f"{PREFIX}/gioi-thieu/co-cau-to-chuc.html": ("Cơ cấu tổ chức", ""),
    f"{PREFIX}/lich-hoc-cac-lop.html": ("Lịch học các lớp", ""),
}


# --- the gold (by hand: see the Story fields above) -------------------------------------------

GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat].name,
        alt_paths=[featured_path(s)] if s.opts.get("featured") else (),
    )
    for s in NEWEST
]


def _tag_search(tag: str) -> str:
    return f"{PREFIX}/tim-kiem?keyword={quote_plus(tag)}"


SOFT_404 = str(_BY_ID[12377].opts["related_extra"][0])

NON_ARTICLES: list[str] = [
    START_PATH,
    *LISTINGS,
    *(
        f"{path}?page={n}"
        for path, (_t, cats, _c) in LISTINGS.items()
        for n in range(2, _pages(len(in_cats(*cats))) + 1)
    ),
    *STATIC_PAGES,
    f"{PREFIX}/lien-he.html",
    f"{PREFIX}/van-ban.html",
    *(d.path for d in DOCS),
    f"{PREFIX}/thu-vien-anh.html",
    *(a.path for a in ALBUMS),
    f"{PREFIX}/lich-cong-tac.html",
    *(_tag_search(t) for t in TAGS),
    *(article_path(s) + "?print=1" for s in NEWEST),
    *(featured_path(s) + "?print=1" for s in NEWEST if s.opts.get("featured")),
    SOFT_404,
]


# --- rendering helpers ------------------------------------------------------------------------


def _ck4(markup: str) -> str:
    """CKEditor 4's default output: Latin-1 letters as named entities, the rest raw UTF-8."""
    out = []
    for ch in markup:
        code = ord(ch)
        if 160 <= code < 256 and code in codepoint2name:
            out.append(f"&{codepoint2name[code]};")
        else:
            out.append(ch)
    return "".join(out)


def _t(s: Story, value: str) -> str:
    return text(value, nfd=bool(s.opts.get("nfd")))


def _day(s: Story) -> str:
    return s.opts["at"][:10]


def _excerpt(s: Story) -> str:
    first = s.summary or next(b.text for b in s.blocks if isinstance(b, P))
    return first if len(first) <= 180 else first[:180].rsplit(" ", 1)[0] + "..."


def _thumb(s: Story) -> str:
    return s.images[0].src if s.images else "/Content/egov/images/no-image.png"


def _img_tag(src: str) -> str:
    return f'<img alt="" height="480" src="{esc(src)}" width="720" />'


def _content(s: Story) -> str:
    parts: list[str] = []
    blocks = s.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, P) and b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"\t<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            parts.append("<ol>\n" + "\n".join(items) + "\n</ol>")
            continue
        if isinstance(b, P) and b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                if row.style == "th":
                    cells = "".join(
                        f'<td style="text-align: center;"><strong>{_t(s, c)}</strong></td>' for c in row.text.split(" | ")
                    )
                else:
                    cells = "".join(f"<td>{_t(s, c)}</td>" for c in row.text.split(" | "))
                rows.append(f"\t\t<tr>{cells}</tr>")
                i += 1
            parts.append(
                '<table border="1" cellpadding="5" cellspacing="0" style="width:100%">\n\t<tbody>\n'
                + "\n".join(rows)
                + "\n\t</tbody>\n</table>"
            )
            continue
        if isinstance(b, P):
            if b.style == "quote":
                parts.append(f"<blockquote>\n<p><em>{_t(s, b.text)}</em></p>\n</blockquote>")
            else:
                parts.append(f'<p style="text-align: justify;">{_t(s, b.text)}</p>')
        elif isinstance(b, Img):
            parts.append(_image(s, b))
        else:
            parts.append(b.html)
        i += 1
    markup = "\n\n".join(parts)
    return _ck4(markup)


def _image(s: Story, img: Img) -> str:
    if img.style == "figure":
        cap = f"<figcaption>{_t(s, img.printed)}</figcaption>" if img.printed else ""
        return (
            '<div style="text-align:center">\n<figure class="image" style="display:inline-block">'
            f"{_img_tag(img.src)}\n{cap}</figure>\n</div>"
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image-caption"'
            ' style="width:100%">\n\t<tbody>\n'
            f'\t\t<tr><td style="text-align: center;">{_img_tag(img.src)}</td></tr>\n'
            f'\t\t<tr><td style="text-align: center;"><em>{_t(s, img.printed or "")}</em></td></tr>\n'
            "\t</tbody>\n</table>"
        )
    out = f'<p style="text-align: center;">{_img_tag(img.src)}</p>'
    if img.style == "paren" and img.printed:
        out += f'\n<p style="text-align: center;"><em>{_t(s, img.printed)}</em></p>'
    return out


def _agency_menu(prefix: str) -> str:
    if not prefix:
        return ""
    if prefix != PREFIX:
        return (
            f'<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="{prefix}/">Trang chủ</a></li>'
            f'<li class="nav-item"><a class="nav-link" href="{prefix}/tin-tuc/tin-hoat-dong">Tin hoạt động</a></li></ul>'
        )
    return f"""<ul class="navbar-nav agency-menu">
<li class="nav-item"><a class="nav-link" href="{PREFIX}/"><i class="fas fa-home"></i> Trang chủ</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">Giới thiệu</a>
<div class="dropdown-menu"><a class="dropdown-item" href="{PREFIX}/gioi-thieu/lich-su-phat-trien.html">Lịch sử phát triển</a>
<a class="dropdown-item" href="{PREFIX}/gioi-thieu/co-cau-to-chuc.html">Cơ cấu tổ chức</a></div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{NEWS_PATH}" data-toggle="dropdown">Tin tức</a>
<div class="dropdown-menu"><a class="dropdown-item" href="{CATS['tin-hoat-dong'].path}">Tin hoạt động</a>
<a class="dropdown-item" href="{CATS['thong-bao'].path}">Thông báo</a></div></li>
<li class="nav-item"><a class="nav-link" href="{CATS['nghien-cuu-trao-doi'].path}">Nghiên cứu - Trao đổi</a></li>
<li class="nav-item"><a class="nav-link" href="{PREFIX}/van-ban.html">Văn bản</a></li>
<li class="nav-item"><a class="nav-link" href="{PREFIX}/lich-cong-tac.html">Lịch công tác</a></li>
<li class="nav-item"><a class="nav-link" href="{PREFIX}/thu-vien-anh.html">Thư viện ảnh</a></li>
<li class="nav-item"><a class="nav-link" href="{PREFIX}/lien-he.html">Liên hệ</a></li>
</ul>"""


AGENCIES = {
    PREFIX: SITE,
    "/sogddt": "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang",
    "/sonoivu": "Sở Nội vụ tỉnh Tuyên Quang",
    "": PORTAL_NAME,
}


def _header(prefix: str) -> str:
    agency = AGENCIES[prefix]
    search_action = f"{prefix}/tim-kiem" if prefix else "/tim-kiem"
    agency_line = (
        f'<div class="agency-name text-uppercase">{esc(agency)}</div>' if prefix else ""
    )
    return f"""<div class="egov-topbar"><div class="container d-flex align-items-center">
<span class="egov-today"><i class="far fa-clock"></i> {TODAY}</span>
<div class="egov-toolbar ml-auto d-flex align-items-center">
<a class="egov-lang" href="{prefix}/" title="Tiếng Việt"><img src="/Content/egov/images/flag-vn.png" alt="VN" /></a>
<a class="egov-lang" href="/en/" title="English"><img src="/Content/egov/images/flag-en.png" alt="EN" /></a>
<span class="egov-sep">|</span>
<button type="button" class="btn btn-link btn-font" data-font="-1" title="Giảm cỡ chữ">A-</button>
<button type="button" class="btn btn-link btn-font" data-font="0" title="Cỡ chữ mặc định">A</button>
<button type="button" class="btn btn-link btn-font" data-font="1" title="Tăng cỡ chữ">A+</button>
<button type="button" class="btn btn-link btn-contrast" title="Chế độ tương phản cao">Tương phản</button>
<button type="button" class="btn btn-link btn-readpage" data-tts="page" title="Đọc nội dung trang"><i class="fas fa-volume-up"></i> Đọc bài</button>
<span class="egov-sep">|</span>
<a class="egov-login" href="/dang-nhap?ReturnUrl={esc(quote_plus(prefix + '/'))}"><i class="fas fa-user"></i> Đăng nhập</a>
</div></div></div>
<header class="egov-header"><div class="container d-flex align-items-center">
<a href="/" class="egov-logo"><img src="/Content/egov/images/quoc-huy.png" alt="Quốc huy" height="86" /></a>
<div class="egov-brand ml-3"><div class="portal-name">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG</div>
{agency_line}</div>
<form class="egov-search form-inline ml-auto" action="{search_action}" method="get">
<input class="form-control form-control-sm" type="text" name="keyword" placeholder="Nhập từ khóa tìm kiếm..." />
<button class="btn btn-sm btn-warning" type="submit"><i class="fas fa-search"></i></button></form>
</div></header>
<nav class="egov-portal-menu"><div class="container"><ul class="nav">
<li class="nav-item"><a class="nav-link" href="/">Cổng tỉnh</a></li>
<li class="nav-item"><a class="nav-link" href="/sogddt/">Sở Giáo dục và Đào tạo</a></li>
<li class="nav-item"><a class="nav-link" href="/sonoivu/">Sở Nội vụ</a></li>
<li class="nav-item"><a class="nav-link" href="{PREFIX}/">Trường Chính trị</a></li>
<li class="nav-item"><a class="nav-link" href="https://dichvucong.tuyenquang.gov.vn" target="_blank">Dịch vụ công</a></li>
<li class="nav-item"><a class="nav-link" href="https://vanban.tuyenquang.gov.vn" target="_blank">Văn bản điều hành</a></li>
</ul></div></nav>
<nav class="navbar navbar-expand-lg navbar-dark egov-agency-nav"><div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#agencyNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="agencyNav">{_agency_menu(prefix)}</div></div></nav>"""


def _sidebar() -> str:
    notices = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({_day(s)})</span></li>'
        for s in in_cats("thong-bao")[:3]
    )
    docs = "".join(
        f'<li><a href="{d.path}">{esc(d.number)}</a> <span class="date">{d.issued}</span><p class="trich-yeu">{esc(d.summary)}</p></li>'
        for d in DOCS[:3]
    )
    return f"""<aside class="col-lg-4 egov-sidebar">
<div class="box-side"><div class="box-side-title"><i class="fas fa-bullhorn"></i> Thông báo</div>
<ul class="list-notice">{notices}</ul>
<div class="text-right"><a class="more" href="{CATS['thong-bao'].path}">Xem thêm <i class="fas fa-angle-double-right"></i></a></div></div>
<div class="box-side"><a class="banner-side" href="{PREFIX}/lich-hoc-cac-lop.html"><img src="/Content/egov/images/banner-lich-hoc.png" alt="Lịch học các lớp" class="img-fluid" /></a>
<div class="box-side-title">Lịch học các lớp</div><p><a href="{PREFIX}/lich-hoc-cac-lop.html">Xem lịch học các lớp tháng 11, 12/2026</a></p></div>
<div class="box-side"><div class="box-side-title"><i class="far fa-file-alt"></i> Văn bản mới</div><ul class="list-doc">{docs}</ul>
<div class="text-right"><a class="more" href="{PREFIX}/van-ban.html">Xem tất cả</a></div></div>
<div class="box-side"><div class="box-side-title"><i class="fab fa-youtube"></i> Video</div>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/Xk3bT9qP2wQ" allowfullscreen></iframe></div>
<p class="video-title">Phóng sự: Trường Chính trị tỉnh Tuyên Quang - 75 năm xây dựng và trưởng thành</p></div>
<div class="box-side"><div class="box-side-title">Liên kết website</div>
<select class="form-control form-control-sm" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://hcma.vn">Học viện Chính trị quốc gia Hồ Chí Minh</option>
<option value="https://tuyenquang.dcs.vn">Báo điện tử Đảng bộ tỉnh</option>
<option value="https://baotuyenquang.com.vn">Báo Tuyên Quang</option></select></div>
<div class="box-side box-counter"><div class="box-side-title"><i class="fas fa-chart-bar"></i> Thống kê truy cập</div>
<p class="counter">Trực tuyến: 21 | Hôm nay: 1.230 | Tổng: 2.345.678</p></div>
</aside>"""


def _footer(prefix: str) -> str:
    agency = ""
    if prefix == PREFIX:
        agency = f"""<div class="agency-footer"><h5 class="text-uppercase">{esc(SITE)}</h5>
<p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE} - Email: {EMAIL}</p>
<p>Chịu trách nhiệm nội dung: Nguyễn Thanh Sơn - Hiệu trưởng</p></div>"""
    return f"""<footer class="egov-footer"><div class="container">
{agency}
<div class="portal-footer"><p class="font-weight-bold">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TUYÊN QUANG</p>
<p>Cơ quan chủ quản: UBND tỉnh Tuyên Quang. Cơ quan quản lý: Sở Khoa học và Công nghệ tỉnh Tuyên Quang.</p>
<p>Giấy phép số 12/GP-TTĐT ngày 08/03/2021 của Bộ Thông tin và Truyền thông.</p>
<p>Địa chỉ: Số 160, đường Trần Hưng Đạo, phường Minh Xuân, tỉnh Tuyên Quang. Điện thoại: 0207 3 822 888.</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Tuyên Quang” khi phát hành lại thông tin từ Cổng.</p>
<p class="small">Phát triển trên nền tảng Cổng thông tin điện tử Bkav eGov.</p></div>
</div></footer>
<a href="#" class="back-to-top" title="Về đầu trang"><i class="fas fa-chevron-up"></i></a>
<script src="/Content/egov/js/jquery-3.5.1.min.js"></script>
<script src="/Content/egov/js/bootstrap.bundle.min.js"></script>
<script src="/Content/egov/js/egov.portal.js?v=2.4.18"></script>
</body>
</html>"""


def _page(title: str, main: str, *, prefix: str = PREFIX, head: str = "", sidebar: bool = True) -> str:
    column = f'<div class="col-lg-8">{main}</div>{_sidebar()}' if sidebar else f'<div class="col-12">{main}</div>'
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>{esc(title)}</title>
{head}
<link rel="shortcut icon" href="/Content/egov/images/favicon.ico" />
<link rel="stylesheet" href="/Content/egov/css/bootstrap.min.css" />
<link rel="stylesheet" href="/Content/egov/css/all.min.css" />
<link rel="stylesheet" href="/Content/egov/css/portal.css?v=2.4.18" />
</head>
<body class="egov-subsite">
{_header(prefix)}
<main class="egov-main"><div class="container"><div class="row">{column}</div></div></main>
{_footer(prefix)}"""


def _crumbs(trail: list[tuple[str | None, str]]) -> str:
    items = [f'<li class="breadcrumb-item"><a href="{PREFIX}/"><i class="fas fa-home"></i> Trang chủ</a></li>']
    for href, label in trail:
        if href:
            items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
    return f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(items)}</ol></nav>'


def _cat_trail(s: Story) -> list[tuple[str | None, str]]:
    cat = CATS[s.cat]
    trail: list[tuple[str | None, str]] = [(NEWS_PATH, "Tin tức")] if cat.parent else []
    return [*trail, (cat.path, cat.name)]


# --- pages ------------------------------------------------------------------------------------


def _related(s: Story) -> str:
    same = [x for x in in_cats(s.cat) if x.id != s.id]
    older = [x for x in same if _when(x) < _when(s)][:3] or same[:3]
    items = [
        f'<li><a href="{article_path(x)}">{esc(x.title)}</a> <span class="date">({_day(x)})</span></li>'
        for x in older
    ]
    if extra := s.opts.get("related_extra"):
        href, title, day = extra
        items.append(f'<li><a href="{href}">{esc(title)}</a> <span class="date">({day})</span></li>')
    cards = "".join(
        f'<div class="col-md-6 col-lg-3"><div class="card card-news"><a href="{article_path(x)}">'
        f'<img class="card-img-top" src="{esc(_thumb(x))}" alt="{esc(x.title)}" /></a>'
        f'<div class="card-body"><h4 class="card-title"><a href="{article_path(x)}">{esc(x.title)}</a></h4></div></div></div>'
        for x in same[:4]
    )
    return (
        f'<div class="news-related"><h3 class="title-box">Tin liên quan</h3><ul class="list-related">{"".join(items)}</ul></div>'
        f'<div class="news-samecat"><h3 class="title-box">Tin cùng chuyên mục</h3><div class="row">{cards}</div></div>'
    )


def _article_block(s: Story) -> str:
    day, clock = s.opts["at"].split(" ")
    sapo = f'<div class="sapo-news"><strong>{esc(s.summary)}</strong></div>' if s.summary else ""
    attach = ""
    if att := s.opts.get("attach"):
        href, name = att
        attach = (
            f'<div class="news-attach"><strong><i class="fas fa-paperclip"></i> File đính kèm:</strong>'
            f' <a href="{href}" target="_blank">{esc(name)}</a></div>'
        )
    updated = (
        f'<div class="news-updated text-muted small">Cập nhật lúc: {s.opts["updated"]}</div>'
        if s.opts.get("updated")
        else ""
    )
    tts = f"{PREFIX}/api/tts?id={s.id}&amp;voice=nu-bac"
    return f"""<div class="news-detail">
<h1 class="title-news">{esc(s.title)}</h1>
<div class="news-meta d-flex flex-wrap"><span class="news-date"><i class='far fa-calendar-alt'></i> {day} | {clock}</span><span class="news-view ml-3"><i class='far fa-eye'></i> {s.views()}</span></div>
<div class="news-audio d-flex align-items-center"><span class="audio-label"><i class="fas fa-headphones"></i> Nghe đọc bài viết</span>
<select class="custom-select custom-select-sm ml-2" id="ddlVoice" data-id="{s.id}"><option value="nu-bac" selected="selected">Giọng nữ miền Bắc</option><option value="nam-bac">Giọng nam miền Bắc</option><option value="nu-nam">Giọng nữ miền Nam</option></select>
<audio id="audioTTS" controls="controls" preload="none" src="{tts}"></audio>
<a class="audio-download ml-2" href="{tts}&amp;download=1" title="Tải file âm thanh"><i class="fas fa-download"></i></a></div>
{sapo}
<div class="content-news">
{_content(s)}
</div>
{attach}
{updated}
<div class="news-author text-right"><strong>Tác giả:</strong> {esc(s.opts["author_field"])}</div>
</div>"""


def _article(s: Story, request: Request) -> str:
    base = base_url(request)
    url = base + article_path(s)
    tags = "".join(
        f'<a class="badge badge-light" href="{esc(_tag_search(t))}">{esc(t)}</a> ' for t in s.opts["tags"]
    )
    tag_line = f'<div class="news-tags"><i class="fas fa-tags"></i> Từ khóa: {tags}</div>' if tags else ""
    main = f"""{_crumbs(_cat_trail(s))}
{_article_block(s)}
<div class="news-tools d-flex align-items-center"><span class="mr-2">Chia sẻ:</span>
<a class="btn btn-sm btn-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank"><i class="fab fa-facebook-f"></i></a>
<a class="btn btn-sm btn-zalo" href="https://sp.zalo.me/share_inline?u={esc(url)}" target="_blank">Zalo</a>
<button type="button" class="btn btn-sm btn-light btn-copy" data-url="{esc(url)}"><i class="fas fa-link"></i></button>
<a class="btn btn-sm btn-light ml-auto btn-print" href="?print=1" target="_blank" rel="nofollow"><i class="fas fa-print"></i> Bản in</a>
<a class="btn btn-sm btn-light btn-back" href="javascript:history.back()"><i class="fas fa-reply"></i> Quay lại</a></div>
{tag_line}
{_related(s)}"""
    meta_time = s.opts.get("meta") or datetime.strptime(s.opts["at"], "%d/%m/%Y %H:%M").strftime("%Y-%m-%dT%H:%M:%S+07:00")
    head = f"""<meta name="description" content="{esc(_excerpt(s))}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(s.title)}" />
<meta property="og:url" content="{esc(url)}" />
<meta property="og:image" content="{esc(base + _thumb(s))}" />
<meta property="article:published_time" content="{meta_time}" />"""
    return _page(f"{s.title} - {SITE}", main, head=head)


def _print(s: Story) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(s.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/Content/egov/css/print.css" /></head>
<body onload="window.print()" class="print-page">
<div class="print-header"><img src="/Content/egov/images/quoc-huy.png" alt="" height="50" /> <strong>{esc(SITE.upper())}</strong><br />
<span>{esc(ADDRESS)} - Điện thoại: {PHONE}</span></div>
{_article_block(s)}
<div class="print-footer">Bản quyền thuộc {esc(SITE)}. Ghi rõ nguồn khi phát hành lại thông tin.</div>
</body></html>"""


def _list_item(s: Story) -> str:
    return f"""<div class="news-item media">
<a class="news-item-img mr-3" href="{article_path(s)}"><img src="{esc(_thumb(s))}" alt="{esc(s.title)}" width="220" height="146" /></a>
<div class="media-body"><h3 class="news-item-title"><a href="{article_path(s)}">{esc(s.title)}</a></h3>
<div class="news-item-date"><i class="far fa-calendar-alt"></i> {_day(s)}</div>
<p class="news-item-sapo">{esc(_excerpt(s))}</p></div></div>"""


def _pagination(path: str, page: int, pages: int) -> str:
    def href(n: int) -> str:
        return path if n == 1 else f"{path}?page={n}"

    items = []
    if page > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(page - 1)}" aria-label="Previous">&laquo;</a></li>')
    else:
        items.append('<li class="page-item disabled"><a class="page-link" href="#" tabindex="-1" aria-label="Previous">&laquo;</a></li>')
    for n in range(1, pages + 1):
        active = " active" if n == page else ""
        items.append(f'<li class="page-item{active}"><a class="page-link" href="{href(n)}">{n}</a></li>')
    if page < pages:
        items.append(f'<li class="page-item"><a class="page-link" href="{href(page + 1)}" aria-label="Next">&raquo;</a></li>')
    else:
        items.append('<li class="page-item disabled"><a class="page-link" href="#" tabindex="-1" aria-label="Next">&raquo;</a></li>')
    return f'<nav aria-label="Phân trang"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'


def _page_no(request: Request) -> int:
    try:
        return max(1, int(request.params.get("page", "1")))
    except ValueError:
        return 1


def _listing(path: str, request: Request) -> str:
    title, cats, trail = LISTINGS[path]
    items = in_cats(*cats)
    page = _page_no(request)
    pages = _pages(len(items))
    chunk = items[(page - 1) * PER_PAGE : page * PER_PAGE]
    rows = "".join(_list_item(s) for s in chunk) or '<p class="no-data">Không có dữ liệu</p>'
    main = f"""{_crumbs([*trail, (None, title)])}
<div class="category-news"><h1 class="title-category">{esc(title)}</h1>
<div class="list-news">{rows}</div>
{_pagination(path, page, pages) if chunk else ""}</div>"""
    return _page(f"{title} - {SITE}", main)


def _home(request: Request) -> str:
    featured = [s for s in NEWEST if s.opts.get("featured")]
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{featured_path(s)}"><img class="d-block w-100" src="{esc(_thumb(s))}" alt="{esc(s.title)}" /></a>'
        f'<div class="carousel-caption"><h3><a href="{featured_path(s)}">{esc(s.title)}</a></h3></div></div>'
        for i, s in enumerate(featured)
    )

    def box(title: str, href: str, stories: list[Story]) -> str:
        first, rest = stories[0], stories[1:]
        lis = "".join(
            f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="date">({_day(s)})</span></li>' for s in rest
        )
        return f"""<section class="home-box"><div class="home-box-title d-flex"><h2><a href="{href}">{esc(title)}</a></h2>
<a class="more ml-auto" href="{href}">Xem thêm <i class="fas fa-angle-double-right"></i></a></div>
<div class="media home-box-first"><a href="{article_path(first)}"><img src="{esc(_thumb(first))}" alt="" width="260" /></a>
<div class="media-body ml-3"><h3><a href="{article_path(first)}">{esc(first.title)}</a></h3><p>{esc(_excerpt(first))}</p></div></div>
<ul class="home-box-list">{lis}</ul></section>"""

    albums = "".join(
        f'<div class="col-6"><a href="{a.path}"><img src="{esc(a.photos[0][0])}" alt="" class="img-fluid" /><span>{esc(a.title)}</span></a></div>'
        for a in ALBUMS
    )
    main = f"""<div id="featuredNews" class="carousel slide home-featured" data-ride="carousel"><div class="carousel-inner">{slides}</div>
<a class="carousel-control-prev" href="#featuredNews" role="button" data-slide="prev"><span class="carousel-control-prev-icon"></span></a>
<a class="carousel-control-next" href="#featuredNews" role="button" data-slide="next"><span class="carousel-control-next-icon"></span></a></div>
{box("Tin hoạt động", CATS["tin-hoat-dong"].path, in_cats("tin-hoat-dong")[:4])}
{box("Nghiên cứu - Trao đổi", CATS["nghien-cuu-trao-doi"].path, in_cats("nghien-cuu-trao-doi")[:3])}
{box("Thông báo", CATS["thong-bao"].path, in_cats("thong-bao")[:3])}
<section class="home-box"><div class="home-box-title d-flex"><h2><a href="{PREFIX}/thu-vien-anh.html">Thư viện ảnh</a></h2>
<a class="more ml-auto" href="{PREFIX}/thu-vien-anh.html">Xem thêm</a></div><div class="row">{albums}</div></section>"""
    head = f'<meta name="description" content="Trang thông tin điện tử {esc(SITE)}" />'
    return _page(f"Trang chủ - {SITE}", main, head=head)


def _static(path: str) -> str:
    title, body = STATIC_PAGES[path]
    if path.endswith("co-cau-to-chuc.html"):
        rows = "".join(
            f"<tr><td>{i}</td><td>{esc(n)}</td><td>{esc(r)}</td><td>{p}</td></tr>"
            for i, (n, r, p) in enumerate(LEADERS, 1)
        )
        units = "".join(f"<li>{esc(u)}</li>" for u in UNITS)
        body = (
            "<h3>Ban Giám hiệu</h3>"
            '<table class="table table-bordered"><thead><tr><th>STT</th><th>Họ và tên</th><th>Chức vụ</th>'
            f"<th>Điện thoại</th></tr></thead><tbody>{rows}</tbody></table>"
            f"<h3>Các phòng, khoa</h3><ul>{units}</ul>"
        )
    elif path.endswith("lich-hoc-cac-lop.html"):
        body = (
            '<table class="table table-bordered"><thead><tr><th>Lớp</th><th>Thời gian</th><th>Địa điểm</th></tr></thead><tbody>'
            "<tr><td>Trung cấp LLCT K46 (tập trung)</td><td>Từ 02/11/2026 đến 25/12/2026, các ngày trong tuần</td><td>Hội trường A</td></tr>"
            "<tr><td>Cao cấp LLCT hệ không tập trung 2026 - 2028</td><td>Tuần thứ 2 và 4 hằng tháng</td><td>Phòng 301</td></tr>"
            "<tr><td>Bồi dưỡng đối tượng 4 (đợt 3)</td><td>Từ 07/12/2026 đến 11/12/2026</td><td>Hội trường B</td></tr>"
            "</tbody></table>"
        )
    trail: list[tuple[str | None, str]] = [(None, title)]
    if "/gioi-thieu/" in path:
        trail = [(None, "Giới thiệu"), (None, title)]
    main = f'{_crumbs(trail)}<div class="page-static"><h1 class="title-category">{esc(title)}</h1>{body}</div>'
    return _page(f"{title} - {SITE}", main)


def _contact() -> str:
    main = f"""{_crumbs([(None, "Liên hệ")])}<div class="page-contact"><h1 class="title-category">Liên hệ</h1>
<p><strong>{esc(SITE)}</strong></p><p>Địa chỉ: {esc(ADDRESS)}</p><p>Điện thoại: {PHONE} - Đường dây nóng: {HOTLINE}</p><p>Email: {EMAIL}</p>
<form method="post" action="{PREFIX}/lien-he.html"><input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nq2tct7Kd0" />
<div class="form-group"><label>Họ và tên (*)</label><input class="form-control" name="HoTen" /></div>
<div class="form-group"><label>Email (*)</label><input class="form-control" name="Email" /></div>
<div class="form-group"><label>Tiêu đề</label><input class="form-control" name="TieuDe" /></div>
<div class="form-group"><label>Nội dung (*)</label><textarea class="form-control" name="NoiDung" rows="5"></textarea></div>
<button class="btn btn-primary" type="submit">Gửi liên hệ</button></form></div>"""
    return _page(f"Liên hệ - {SITE}", main)


def _year(value: str) -> int | None:
    try:
        year = int(value)
    except ValueError:
        return None
    return year if 1900 <= year <= 2999 else None


def _van_ban(request: Request) -> str:
    params = request.params
    loai = params.get("loai", "")
    nam = _year(params.get("nam", ""))
    docs = [
        d for d in DOCS if (not loai or str(d.kind) == loai) and (nam is None or d.year == nam)
    ]
    nam_q = str(nam) if nam else ""

    def link(k: str, y: str) -> str:
        return esc(f"{PREFIX}/van-ban.html?loai={k}&nam={y}")

    kinds = "".join(
        f'<li class="{"active" if str(k) == loai else ""}"><a href="{link(str(k), nam_q)}">{esc(v)}</a></li>'
        for k, v in DOC_KINDS.items()
    )
    if nam:
        years = (
            f'<a class="btn btn-sm btn-light" href="{link(loai, str(nam - 1))}">&laquo; Năm {nam - 1}</a>'
            f' <span class="mx-2">Năm {nam}</span> '
            f'<a class="btn btn-sm btn-light" href="{link(loai, str(nam + 1))}">Năm {nam + 1} &raquo;</a>'
        )
    else:
        years = " ".join(f'<a class="btn btn-sm btn-light" href="{link(loai, str(y))}">Năm {y}</a>' for y in (2026, 2025, 2024))
    rows = "".join(
        f'<tr><td>{i}</td><td><a href="{d.path}">{esc(d.number)}</a></td><td>{d.issued}</td>'
        f'<td>{esc(d.summary)}</td><td><a href="{d.file}" title="Tải về"><i class="fas fa-download"></i></a></td></tr>'
        for i, d in enumerate(docs, 1)
    ) or '<tr><td colspan="5" class="text-center">Không có dữ liệu</td></tr>'
    options = "".join(
        f'<option value="{k}"{" selected" if str(k) == loai else ""}>{esc(v)}</option>' for k, v in DOC_KINDS.items()
    )
    main = f"""{_crumbs([(None, "Văn bản")])}<div class="page-docs"><h1 class="title-category">Văn bản</h1>
<form class="form-inline doc-filter" method="get" action="{PREFIX}/van-ban.html">
<select class="form-control form-control-sm" name="loai"><option value="">-- Loại văn bản --</option>{options}</select>
<input class="form-control form-control-sm ml-2" name="nam" value="{nam_q}" placeholder="Năm ban hành" />
<button class="btn btn-sm btn-primary ml-2" type="submit">Lọc</button></form>
<div class="doc-kinds"><strong>Loại văn bản:</strong><ul class="list-inline">{kinds}</ul></div>
<div class="doc-years">{years}</div>
<table class="table table-bordered table-docs"><thead><tr><th>STT</th><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>
<tbody>{rows}</tbody></table></div>"""
    return _page(f"Văn bản - {SITE}", main)


def _doc_page(d: Doc) -> str:
    main = f"""{_crumbs([(f"{PREFIX}/van-ban.html", "Văn bản"), (None, d.number)])}<div class="doc-detail"><h1 class="title-category">{esc(d.summary)}</h1>
<table class="table table-bordered"><tbody>
<tr><th>Số, ký hiệu</th><td>{esc(d.number)}</td></tr><tr><th>Loại văn bản</th><td>{esc(DOC_KINDS[d.kind])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d.issued}</td></tr><tr><th>Trích yếu</th><td>{esc(d.summary)}</td></tr>
<tr><th>Người ký</th><td>{esc(d.signer)}</td></tr><tr><th>Cơ quan ban hành</th><td>{esc(SITE)}</td></tr>
<tr><th>File đính kèm</th><td><a href="{d.file}">{esc(d.file.rsplit("/", 1)[1])}</a></td></tr></tbody></table></div>"""
    return _page(f"{d.number} - {SITE}", main)


def _albums() -> str:
    cards = "".join(
        f'<div class="col-md-6"><div class="card"><a href="{a.path}"><img class="card-img-top" src="{esc(a.photos[0][0])}" alt="" /></a>'
        f'<div class="card-body"><h3 class="card-title"><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{a.day}</span>'
        f" <span>({len(a.photos)} ảnh)</span></div></div></div>"
        for a in ALBUMS
    )
    main = f'{_crumbs([(None, "Thư viện ảnh")])}<h1 class="title-category">Thư viện ảnh</h1><div class="row album-list">{cards}</div>'
    return _page(f"Thư viện ảnh - {SITE}", main)


def _album(a: Album) -> str:
    photos = "".join(
        f'<div class="col-md-4 album-photo"><a href="{esc(src)}" data-fancybox="album"><img src="{esc(src)}" alt="{esc(cap)}" class="img-fluid" /></a>'
        f'<p class="album-caption">{esc(cap)}</p></div>'
        for src, cap in a.photos
    )
    main = f"""{_crumbs([(f"{PREFIX}/thu-vien-anh.html", "Thư viện ảnh"), (None, a.title)])}
<div class="album-detail"><h1 class="title-album">{esc(a.title)}</h1><div class="album-date"><i class='far fa-calendar-alt'></i> {a.day}</div>
<div class="row">{photos}</div></div>"""
    return _page(f"{a.title} - {SITE}", main)


_WEEK_ITEMS = {
    (2026, 47): (
        ("Thứ Hai 16/11", "07h30: Lên lớp Trung cấp LLCT K46", "Hội trường A"),
        ("Thứ Sáu 20/11", "14h00: Lễ bế giảng lớp Trung cấp LLCT K45", "Hội trường B"),
    ),
    (2026, 48): (
        ("Thứ Hai 23/11", "08h00: Giao ban Ban Giám hiệu", "Phòng họp số 1"),
        ("Thứ Tư 25/11", "14h00: Hội nghị viên chức, người lao động năm 2026", "Hội trường B"),
        ("Thứ Sáu 27/11", "08h00: Kiểm tra công tác đào tạo tại các lớp", "Các phòng học"),
    ),
}


def _lich_cong_tac(request: Request) -> str:
    iso = TODAY_DATE.isocalendar()
    try:
        tuan = int(request.params.get("tuan", iso.week))
        nam = int(request.params.get("nam", iso.year))
    except ValueError:
        tuan, nam = iso.week, iso.year
    try:
        if not 1900 <= nam <= 2999:
            raise ValueError(nam)
        monday = date.fromisocalendar(nam, tuan, 1)
    except ValueError:
        tuan, nam = iso.week, iso.year
        monday = date.fromisocalendar(nam, tuan, 1)
    prev, nxt = monday - timedelta(days=7), monday + timedelta(days=7)
    pw, nw = prev.isocalendar(), nxt.isocalendar()
    rows = "".join(
        f"<tr><td>{esc(d)}</td><td>{esc(w)}</td><td>{esc(p)}</td></tr>" for d, w, p in _WEEK_ITEMS.get((nam, tuan), ())
    ) or '<tr><td colspan="3" class="text-center">Chưa có lịch công tác tuần này.</td></tr>'
    main = f"""{_crumbs([(None, "Lịch công tác")])}<div class="page-calendar"><h1 class="title-category">Lịch công tác tuần {tuan} năm {nam}</h1>
<p>Từ ngày {monday:%d/%m/%Y} đến ngày {monday + timedelta(days=6):%d/%m/%Y}</p>
<div class="week-nav"><a class="btn btn-sm btn-light" href="{PREFIX}/lich-cong-tac.html?tuan={pw.week}&amp;nam={pw.year}">&laquo; Tuần trước</a>
<a class="btn btn-sm btn-light" href="{PREFIX}/lich-cong-tac.html?tuan={nw.week}&amp;nam={nw.year}">Tuần sau &raquo;</a></div>
<table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung công việc</th><th>Địa điểm</th></tr></thead><tbody>{rows}</tbody></table></div>"""
    return _page(f"Lịch công tác - {SITE}", main)


def _fold(value: str) -> str:
    value = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D")).lower()
    return "".join(ch for ch in value if not unicodedata.combining(ch))


def _search(request: Request) -> str:
    keyword = request.params.get("keyword", "").strip()
    hits = [
        s
        for s in NEWEST
        if keyword and (_fold(keyword) in _fold(s.title + " " + " ".join(s.paragraphs)) or keyword in s.opts["tags"])
    ]
    rows = "".join(_list_item(s) for s in hits)
    if keyword:
        result = f'<p>Có <strong>{len(hits)}</strong> kết quả phù hợp với từ khóa “{esc(keyword)}”</p><div class="list-news">{rows}</div>'
    else:
        result = "<p>Vui lòng nhập từ khóa tìm kiếm.</p>"
    main = f'{_crumbs([(None, "Tìm kiếm")])}<div class="page-search"><h1 class="title-category">Kết quả tìm kiếm</h1>{result}</div>'
    return _page(f"Tìm kiếm - {SITE}", main, head='<meta name="robots" content="noindex" />')


def _soft_404() -> str:
    main = f"""{_crumbs([])}<div class="alert alert-warning mt-3"><i class="fas fa-exclamation-triangle"></i>
Bài viết không tồn tại hoặc đã bị xóa. <a href="{PREFIX}/">Quay về trang chủ</a></div>"""
    return _page(f"Thông báo - {SITE}", main)


def _tts(request: Request) -> Response:
    try:
        sid = int(request.params.get("id", ""))
    except ValueError:
        sid = 0
    if sid not in _BY_ID:
        return Response(404, '{"success":false,"message":"Không tìm thấy bài viết"}', {"Content-Type": "application/json; charset=utf-8"})
    voice = request.params.get("voice", "nu-bac")
    audio = b"ID3\x03\x00\x00\x00\x00\x00\x0f" + b"\xff\xfb\x90\x64" + f"{sid}-{voice}".encode() + b"\x00" * 400
    headers = {"Content-Type": "audio/mpeg", "Accept-Ranges": "bytes"}
    if request.params.get("download"):
        headers["Content-Disposition"] = f'attachment; filename="bai-viet-{sid}.mp3"'
    return Response(200, audio, headers)


# --- the province's home and the neighbouring subsites (real pages, not this portal's) --------

_OTHER_POSTS: dict[str, list[tuple[int, str, str, str, str]]] = {
    "/sogddt": [
        (
            8841,
            "tong-ket-hoi-thi-giao-vien-day-gioi-cap-tinh-bac-thcs",
            "Tổng kết Hội thi giáo viên dạy giỏi cấp tỉnh bậc THCS",
            "24/11/2026 | 15:20",
            "Chiều 24/11/2026, Sở Giáo dục và Đào tạo tổ chức tổng kết Hội thi giáo viên dạy giỏi cấp"
            " tỉnh bậc THCS năm học 2026 - 2027 với 186 giáo viên tham gia.",
        ),
        (
            8830,
            "tap-huan-chuyen-doi-so-trong-quan-ly-truong-hoc",
            "Tập huấn chuyển đổi số trong quản lý trường học",
            "19/11/2026 | 09:00",
            "Sở Giáo dục và Đào tạo tổ chức tập huấn chuyển đổi số trong quản lý trường học cho cán"
            " bộ quản lý các trường phổ thông trên địa bàn tỉnh.",
        ),
    ],
    "/sonoivu": [
        (
            6127,
            "hoi-nghi-trien-khai-cong-tac-thi-dua-khen-thuong-nam-2027",
            "Hội nghị triển khai công tác thi đua, khen thưởng năm 2027",
            "21/11/2026 | 08:45",
            "Sở Nội vụ tổ chức hội nghị triển khai công tác thi đua, khen thưởng năm 2027 cho các"
            " sở, ban, ngành và Ủy ban nhân dân các xã, phường.",
        ),
    ],
}


def _other_post_path(prefix: str, post: tuple[int, str, str, str, str]) -> str:
    return f"{prefix}/tin-tuc/tin-hoat-dong/{post[1]}-{post[0]}.html"


def _other_home(prefix: str) -> str:
    items = "".join(
        f'<div class="news-item"><h3 class="news-item-title"><a href="{_other_post_path(prefix, p)}">{esc(p[2])}</a></h3>'
        f'<div class="news-item-date">{p[3][:10]}</div></div>'
        for p in _OTHER_POSTS[prefix]
    )
    main = f'<section class="home-box"><div class="home-box-title"><h2><a href="{prefix}/tin-tuc/tin-hoat-dong">Tin hoạt động</a></h2></div>{items}</section>'
    return _page(f"Trang chủ - {AGENCIES[prefix]}", main, prefix=prefix, sidebar=False)


def _other_post(prefix: str, post: tuple[int, str, str, str, str]) -> str:
    day, clock = post[3].split(" | ")
    main = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{prefix}/">Trang chủ</a></li>
<li class="breadcrumb-item"><a href="{prefix}/tin-tuc/tin-hoat-dong">Tin hoạt động</a></li></ol></nav>
<div class="news-detail"><h1 class="title-news">{esc(post[2])}</h1>
<div class="news-meta"><span class="news-date"><i class='far fa-calendar-alt'></i> {day} | {clock}</span></div>
<div class="content-news"><p>{esc(post[4])}</p></div></div>"""
    return _page(f"{post[2]} - {AGENCIES[prefix]}", main, prefix=prefix, sidebar=False)


def _province_home() -> str:
    agencies = "".join(
        f'<li><a href="{p}/">{esc(n)}</a></li>' for p, n in AGENCIES.items() if p
    )
    main = f'<section class="home-box"><h2>Các cơ quan, đơn vị</h2><ul>{agencies}</ul></section>'
    return _page(PORTAL_NAME, main, prefix="", sidebar=False)


def _simple(title: str, body: str) -> str:
    return _page(title, f'<h1 class="title-category">{esc(title)}</h1>{body}', prefix="", sidebar=False)


# --- routing ------------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^" + re.escape(PREFIX) + r"/(.+)/([a-z0-9-]+)-(\d+)\.html$")
_OTHER_ARTICLE = re.compile(r"^(/sogddt|/sonoivu)/tin-tuc/tin-hoat-dong/([a-z0-9-]+)-(\d+)\.html$")
_CAT_DIRS = {c.path[len(PREFIX) + 1 :]: key for key, c in CATS.items()}
_FILES = {d.file for d in DOCS} | {s.opts["attach"][0] for s in STORIES if s.opts.get("attach")}

ROBOTS = "User-agent: *\nDisallow: /Admin/\nDisallow: /dang-nhap\n"


class BkavEgovSite:
    """The vendor portal's routes for the whole host (province, subsites, static files)."""

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.lower().endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else None
        if path.startswith(("/UploadFiles/", "/Content/")):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/favicon.ico":
            return static_file(path)
        if path == PREFIX:
            return Response(301, b"", {"Location": START_PATH})
        page = self._page(request)
        if isinstance(page, Response) or page is None:
            return page
        return html(page, headers={"Set-Cookie": "ASP.NET_SessionId=tq4vbx2lkm0zq1r5h3yd0c2e; path=/; HttpOnly"})

    def _page(self, request: Request) -> str | Response | None:
        path = request.path
        if path == START_PATH:
            return _home(request)
        if path in LISTINGS:
            return _listing(path, request)
        if path in STATIC_PAGES:
            return _static(path)
        if path == f"{PREFIX}/lien-he.html":
            return _contact()
        if path == f"{PREFIX}/van-ban.html":
            return _van_ban(request)
        if path in _DOC_BY_PATH:
            return _doc_page(_DOC_BY_PATH[path])
        if path == f"{PREFIX}/thu-vien-anh.html":
            return _albums()
        if path in _ALBUM_BY_PATH:
            return _album(_ALBUM_BY_PATH[path])
        if path == f"{PREFIX}/lich-cong-tac.html":
            return _lich_cong_tac(request)
        if path == f"{PREFIX}/tim-kiem":
            return _search(request)
        if path == f"{PREFIX}/api/tts":
            return _tts(request)
        if m := _ARTICLE.match(path):
            where, slug, sid = m.group(1), m.group(2), int(m.group(3))
            if where not in _CAT_DIRS and where != "tin-noi-bat":
                return None
            s = _BY_ID.get(sid)
            ok = s is not None and s.slug == slug and (
                _CAT_DIRS.get(where) == s.cat or (where == "tin-noi-bat" and s.opts.get("featured"))
            )
            if not ok or s is None:
                return _soft_404()
            if request.params.get("print") == "1":
                return _print(s)
            return _article(s, request)
        # the province and the neighbouring subsites
        if path == "/":
            return _province_home()
        if path in ("/sogddt/", "/sonoivu/", "/sogddt/tin-tuc/tin-hoat-dong", "/sonoivu/tin-tuc/tin-hoat-dong"):
            return _other_home(path[: path.index("/", 1)])
        if m := _OTHER_ARTICLE.match(path):
            for post in _OTHER_POSTS[m.group(1)]:
                if post[0] == int(m.group(3)) and post[1] == m.group(2):
                    return _other_post(m.group(1), post)
            return None
        if path == "/en/":
            return _simple("Tuyen Quang Provincial Portal", "<p>The English version is being updated.</p>")
        if path == "/dang-nhap":
            back = esc(unquote_plus(request.params.get("ReturnUrl", "/")))
            return _simple(
                "Đăng nhập hệ thống",
                f'<form method="post" action="/dang-nhap"><input type="hidden" name="ReturnUrl" value="{back}" />'
                '<input class="form-control" name="UserName" placeholder="Tên đăng nhập" />'
                '<input class="form-control" type="password" name="Password" placeholder="Mật khẩu" />'
                '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>',
            )
        return None


def build_site() -> BkavEgovSite:
    """A fresh site object: every page is rendered per request from the constants above."""
    return BkavEgovSite()
