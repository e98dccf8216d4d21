"""Joomla 3 + JoomlaShine (JSN Epic PRO) portal of a lower-secondary school (Trường THCS).

Platform
    Joomla! 3.9 with the commercial JoomlaShine template ``jsn_epic_pro``: ``#jsn-master`` body,
    ``#jsn-page`` / ``#jsn-header`` / ``#jsn-menu`` / ``#jsn-body`` / ``#jsn-footer`` blocks,
    module positions ``jsn-pos-*``, module boxes ``jsn-modulecontainer`` with
    ``jsn-moduletitle`` / ``jsn-modulecontent``, the JSN main menu ``ul.menu-mainmenu`` with
    drop-downs, the JSN article toolbar (print and e-mail icons, both ``rel="nofollow"``) and
    JSN's ``jsn-article-info`` line. Editor: JCE (images ``class="caption"`` with a ``title``),
    some texts pasted from Word. Modules: Vinaora Visitors Counter, AcePolls, mod_articles_latest
    ("Tin mới"), mod_articles_popular ("Tin đọc nhiều"), mod_articles_category ("Các tin khác",
    the notice marquee), jDownloads (văn bản), Phoca Gallery (album), a video component.

Institution
    Trường THCS Lý Nhật Quang, xã Đô Lương, tỉnh Nghệ An (UBND xã manages it since the 2025
    reorganisation: no more "huyện" in the letterhead).

URL scheme (Joomla core SEF, URL rewriting on, suffix .html)
    /                                               featured blog (home, Itemid 101)
    /<menu>.html                                    category blog of a parent category
    /<menu>/<catid>-<cat-alias>.html                category blog / list of a sub-category
    ...?start=N                                     blog paging; "Bắt đầu" and "1" go to ?limitstart=0
    /<menu>/<catid>-<cat-alias>/<id>-<alias>.html   article (the canonical form)
    ...?tmpl=component&print=1&page=                print view of the same article
    /index.php/<menu>/<catid>-<cat-alias>/<id>-<alias>.html
                                                    the same article, as the old (pre-rewrite) links
                                                    in a custom HTML module still print it
    /component/content/article/<catid>-<cat-alias>/<id>-<alias>.html?Itemid=101
                                                    the same article, as "Tin mới" on the home page
                                                    links it (no menu item for the home module)
    /component/mailto/?tmpl=component&template=jsn_epic_pro&link=<sha1>   e-mail form
    /component/tags/tag/<id>-<alias>.html           tag listing
    /component/search/?searchword=...               search results (form POST on every page)
    /tin-tuc.html?format=feed&type=rss              RSS of the news blog
    /gioi-thieu.html, /thoi-khoa-bieu.html          single-article menu items (not articles)
    /lien-he.html                                   com_contact
    /van-ban.html, /van-ban/viewdownload/3-van-ban-nha-truong/<id>-<alias>.html   jDownloads
    /thu-vien-anh.html, /thu-vien-anh/<id>-<alias>.html                            Phoca Gallery
    /video-clip.html, /video-clip/<id>-<alias>.html                                video entries

Page templates
    home (slideshow of featured photos, featured blog, "Tin mới"), category blog (leading +
    intro items, "Danh mục con", JSN pagination), category list (table with limit select and
    filter form), categories view (Thông báo), article, print view, single-article pages,
    contact, document entry, album, video, tag listing, search results, mail form.

How each gold article is reached
    Tin nhà trường (cat 9, 3 a page):   312, 309, 305 on page 1; 301, 296 only on ?start=3
    Tin tức blog (cats 9+10, 4 a page): 312, 311, 309, 305 on page 1; 303, 301, 298, 296 on
                                        ?start=4 (301 and 296 are on no page 1 at all)
    Hoạt động Đoàn - Đội (cat 10):      311, 303, 298
    Chuyên môn blog: 307, 306 as intro items, 299 only under "Xem thêm các bài khác"
    Tổ KHTN (cat 11): 307, 299;  Tổ KHXH (cat 12): 306
    Thông báo chung (cat 14, list view): 313, 304 (also in the right-column notice marquee)
    home: featured 312, 309, 307, 313; "Tin mới" 312, 313, 311, 309, 307 by /component/content
    links; "Tin đọc nhiều" 309, 305, 311, 307, 306; "Chuyên đề" module 307, 306 by /index.php links.

Traps
    1. JCaption captions. JCE writes ``<img class="caption" title="…">`` and Joomla's
       caption.js draws the title under the photo in the browser; the HTML has no caption
       element. Gold: the ``title`` of a ``class="caption"`` image is its caption (312, 301,
       303, 306); an image without ``class="caption"`` has none, whatever its ``alt`` says
       (the alt is a file name: "hoi thi gvdg 2").
    2. The CMS account in the info line. "Viết bởi Super User" / "Viết bởi thcs_lnq" / "Viết bởi
       Ban biên tập" is not an author; the real byline is a right-aligned line at the end of the
       text ("Tin, ảnh: …", "Tin: X - Ảnh: Y", "Người viết: Cô … - TPT Đội", a unit "Tổ Giáo dục
       thể chất", "BBT" = nobody). Only 296 has a real person in the info line (created_by_alias
       "Đặng Văn Quý") and nothing at the end: he is its author.
    3. Duplicates without a canonical. Joomla 3 prints no ``rel=canonical``: the same article
       answers under its SEF path, the print view, the ``/index.php/`` form and the
       ``/component/content/article/…?Itemid=101`` form, each with another breadcrumb. Gold:
       one record per article, path = canonical_path = the SEF menu path, the linked variants
       in ``alt_paths``.
    4. Update date first. The JSN info line prints "Cập nhật lần cuối" (floated right) before
       "Ngày đăng"; the ``<time itemprop="dateModified">`` comes first in the markup. Gold: the
       "Ngày đăng" day and time; a "Ngày đăng" at 00:00 (305) is the day alone.
    5. Official notice (313): letterhead table (UBND XÃ … | CỘNG HÒA …, "Số: 87/TB-THCSLNQ",
       "Đô Lương, ngày 02 tháng 12 năm 2026"), "THÔNG BÁO / Về việc …", then "Nơi nhận" and
       "HIỆU TRƯỞNG (Đã ký) Lê Đình Khánh", then a file line. Gold: date 2026-12-02 (not the
       info line's 03/12 09:10), author Lê Đình Khánh, body = the "Căn cứ" lines, the schedule
       table's rows and the closing sentence.
    6. Word lists vs typed dashes: 296 was pasted from Word (``mso-list:Ignore`` "-" markers
       plus ``&nbsp;`` runs: no text), 301 has "- " typed by the editor (text).
    7. Text after the byline: 306's byline ("Phạm Thị Hồng Vân" with "(Giáo viên Lịch sử và
       Địa lí)") stands before "Tài liệu tham khảo" and its Word footnote entries "[1] …",
       "[2] …", which are the text's own; the calls "[1]" sit in ``<sup>`` right after the
       sentence's full stop and stay ("…năm 1039.[1]").
    8. Chrome inside and around the text: an editor-typed "Tin liên quan:" list inside 309's
       body, a "Xem thêm: <link>" line in 307, file lines with a PDF icon (299, 313), the
       "Các tin khác" module under the article, the prev/next pager: none of it is body.
    9. Unicode: 311 (title and text) was typed with Unikey's "Unicode tổ hợp" (NFD); 299 was
       saved by an old JCE with named/decimal entities. Gold is NFC text.
    10. Intro page that looks like an article: /gioi-thieu.html (and /thoi-khoa-bieu.html) are
        single-article menu items with the JSN toolbar, info line, hits and a date (2015):
        not articles.
    11. Paging quirks: "Bắt đầu" and "1" link ``?limitstart=0`` (the same listing again); the
        Chuyên môn blog shows 299 only in the link list "Xem thêm các bài khác".

Gold decisions on ambiguous points
    - category: the leaf category as the breadcrumb prints it on the canonical page ("Tin nhà
      trường", not the parent "Tin tức"; "Thông báo chung" for the notices).
    - 312's byline "Tin, ảnh: Hoàng Thị Thanh Nhàn" -> author and photographer.
    - 309: "(Ảnh: Phan Văn Đức)" under a photo is only a credit: caption None; the byline "Tin:
      Nguyễn Thị Lan - Ảnh: Phan Văn Đức" gives the author and the photographer.
    - 303 ends "Thanh Lê" (reporter, right-aligned) then "Theo Báo Nghệ An": author "Thanh Lê",
      source "Báo Nghệ An". 301 opens "Theo Kế hoạch số …": text, not a source.
    - 304 is signed "Ban Giám hiệu" right-aligned: a unit signing alone, the author as printed.
    - 298: "Đại hội đã bầu …<br />Em Nguyễn Phương Thảo …" is two paragraphs; its caption
      "(Ban Chỉ huy … ra mắt Đại hội)" loses its parentheses.
    - summary: only 312, 296 and 298 print a bold lead paragraph; the others have none (null).
    - tables: a header row is a paragraph like any other row.
    - 309 keeps its emoji "🌹🌹🌹" and 311 its "♻️" at the end of a sentence (text, not bullets).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from crawler.demo.server import Request, Response, html, redirect
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

NAME = "joomla3_jsn_thcs"
PLATFORM = "Joomla 3 + JoomlaShine JSN Epic PRO template"
START_PATH = "/"

SITE = "Trường THCS Lý Nhật Quang"
TEMPLATE = "jsn_epic_pro"
HOME_ITEMID = 101
HEADER_TODAY = "Thứ Bảy, 05/12/2026"

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def lc2(stamp: str) -> str:
    """Joomla's DATE_FORMAT_LC2 in the vi-VN pack: "Thứ Sáu, 04 Tháng 12 2026 16:20"."""
    day = date.fromisoformat(stamp[:10])
    hm = stamp[11:16] if len(stamp) > 10 else "00:00"
    return f"{_WEEKDAYS[day.weekday()]}, {day.day:02d} Tháng {day.month} {day.year} {hm}"


def iso(stamp: str) -> str:
    return (stamp if len(stamp) > 10 else stamp + "T00:00") + ":00+07:00"


def dmy(stamp: str) -> str:
    return f"{stamp[8:10]}/{stamp[5:7]}/{stamp[:4]}"


# --- categories -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cat:
    id: int
    alias: str
    title: str
    menu: str  # menu alias of the parent category's menu item
    menu_title: str
    per_page: int = 3
    layout: str = "blog"

    @property
    def path(self) -> str:
        return f"/{self.menu}/{self.id}-{self.alias}.html"


CATS = {
    9: Cat(9, "tin-nha-truong", "Tin nhà trường", "tin-tuc", "Tin tức", per_page=3),
    10: Cat(10, "hoat-dong-doan-doi", "Hoạt động Đoàn - Đội", "tin-tuc", "Tin tức", per_page=3),
    11: Cat(11, "to-khoa-hoc-tu-nhien", "Tổ Khoa học Tự nhiên", "chuyen-mon", "Chuyên môn"),
    12: Cat(12, "to-khoa-hoc-xa-hoi", "Tổ Khoa học Xã hội", "chuyen-mon", "Chuyên môn"),
    14: Cat(14, "thong-bao-chung", "Thông báo chung", "thong-bao", "Thông báo", layout="list"),
}

# --- the articles ----------------------------------------------------------------------------

_IMG = "/images/tin-tuc/2026"


def _signed(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


STORIES: list[Story] = [
    Story(
        id=312,
        slug="soi-noi-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        title="Sôi nổi Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
        cat="9",
        published_at="2026-12-04T16:20:00+07:00",
        summary=(
            "(LNQ) - Từ ngày 16/11 đến ngày 03/12/2026, Trường THCS Lý Nhật Quang tổ chức Hội thi "
            "giáo viên dạy giỏi cấp trường năm học 2026 - 2027 với sự tham gia của 18 giáo viên "
            "thuộc 4 tổ chuyên môn."
        ),
        blocks=[
            P(
                "(LNQ) - Từ ngày 16/11 đến ngày 03/12/2026, Trường THCS Lý Nhật Quang tổ chức Hội thi "
                "giáo viên dạy giỏi cấp trường năm học 2026 - 2027 với sự tham gia của 18 giáo viên "
                "thuộc 4 tổ chuyên môn.",
                "lead",
            ),
            Img(
                f"{_IMG}/12/hoi-thi-gvdg-1.jpg",
                "Cô giáo Nguyễn Thị Hằng trong tiết dạy Ngữ văn 8 tại lớp 8A",
                "Cô giáo Nguyễn Thị Hằng trong tiết dạy Ngữ văn 8 tại lớp 8A",
                "jcap",
            ),
            P(
                "Hội thi nhằm đánh giá thực chất năng lực chuyên môn, nghiệp vụ sư phạm của đội ngũ; "
                "phát hiện, bồi dưỡng và nhân rộng những điển hình tiên tiến trong đổi mới phương "
                "pháp dạy học theo Chương trình giáo dục phổ thông 2018."
            ),
            P(
                "Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành và trình bày một biện pháp "
                "nâng cao chất lượng giảng dạy. Ban Giám khảo gồm các đồng chí trong Ban Giám hiệu và "
                "tổ trưởng, tổ phó chuyên môn có nhiều kinh nghiệm."
            ),
            Img(f"{_IMG}/12/hoi-thi-gvdg-2.jpg", None, None, "plain"),
            P(
                "Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt các kĩ thuật dạy học tích "
                "cực như khăn trải bàn, mảnh ghép, trạm học tập; ứng dụng hiệu quả bài giảng điện tử, "
                "phần mềm mô phỏng và học liệu số."
            ),
            P(
                "Kết thúc Hội thi, có 15/18 giáo viên được công nhận giáo viên dạy giỏi cấp trường, "
                "trong đó 6 đồng chí được chọn tham gia Hội thi giáo viên dạy giỏi cấp tỉnh do Sở "
                "GD&ĐT Nghệ An tổ chức vào tháng 01/2027."
            ),
            Img(
                f"{_IMG}/12/hoi-thi-gvdg-3.jpg",
                "Thầy Hiệu trưởng Lê Đình Khánh trao giấy chứng nhận cho các giáo viên đạt giải",
                "Thầy Hiệu trưởng Lê Đình Khánh trao giấy chứng nhận cho các giáo viên đạt giải",
                "jcap",
            ),
            _signed("<strong>Tin, ảnh: Hoàng Thị Thanh Nhàn</strong>"),
        ],
        authors=["Hoàng Thị Thanh Nhàn"],
        photographers=["Hoàng Thị Thanh Nhàn"],
        opts={"created_by": "Super User", "modified": "2026-12-05T07:45", "tags": [3]},
    ),
    Story(
        id=309,
        slug="trang-trong-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        title="Trang trọng Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11",
        cat="9",
        published_at="2026-11-20T10:15:00+07:00",
        blocks=[
            P(
                "Sáng ngày 20/11/2026, Trường THCS Lý Nhật Quang long trọng tổ chức Lễ kỷ niệm 44 năm "
                "Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026). Về dự có đồng chí Nguyễn Văn Hiền - "
                "Phó Chủ tịch UBND xã Đô Lương, đại diện Ban đại diện cha mẹ học sinh cùng đông đảo "
                "thầy cô giáo nghỉ hưu qua các thời kỳ."
            ),
            Img(
                f"{_IMG}/11/le-20-11-1.jpg",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9C",
                "Tiết mục văn nghệ chào mừng của học sinh lớp 9C",
                "em",
            ),
            P(
                "Phát biểu tại buổi lễ, thầy giáo Lê Đình Khánh - Hiệu trưởng nhà trường ôn lại "
                "truyền thống vẻ vang của ngành Giáo dục Việt Nam và những thành tích nhà trường đạt "
                "được trong năm học 2025 - 2026: 28 giải học sinh giỏi cấp tỉnh, tỉ lệ học sinh đỗ "
                "vào lớp 10 THPT công lập đạt 92,6%."
            ),
            P(
                "“Mỗi thầy cô giáo hãy thật sự là tấm gương sáng về đạo đức, tự học và sáng tạo cho "
                "học sinh noi theo” - thầy Hiệu trưởng nhắn nhủ.",
                "quote",
            ),
            P(
                "Nhân dịp này, nhà trường đã khen thưởng 12 tập thể, 35 cá nhân có thành tích xuất "
                "sắc trong đợt thi đua chào mừng ngày 20/11. Buổi lễ khép lại trong không khí ấm áp, "
                "tràn đầy tình thầy trò 🌹🌹🌹"
            ),
            Img(f"{_IMG}/11/le-20-11-2.jpg", "(Ảnh: Phan Văn Đức)", None, "em"),
            _signed("<em>Tin: Nguyễn Thị Lan - Ảnh: Phan Văn Đức</em>"),
            Raw("@related"),
        ],
        authors=["Nguyễn Thị Lan"],
        photographers=["Phan Văn Đức"],
        opts={"created_by": "thcs_lnq", "tags": [3], "related": [305, 311]},
    ),
    Story(
        id=305,
        slug="ket-qua-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
        title="Kết quả Hội khỏe Phù Đổng cấp trường năm học 2026 - 2027",
        cat="9",
        published_at="2026-11-09",
        blocks=[
            P(
                "Trong hai ngày 06 và 07/11/2026, Liên đội Trường THCS Lý Nhật Quang tổ chức Hội khỏe "
                "Phù Đổng cấp trường với 4 môn thi đấu: điền kinh, cầu lông, bóng bàn và kéo co. Hơn "
                "400 vận động viên là học sinh của 24 lớp đã tham gia tranh tài."
            ),
            P(
                "Ban tổ chức đã trao 48 huy chương các loại cho các vận động viên. Kết quả toàn đoàn "
                "cụ thể như sau:"
            ),
            P("Xếp hạng | Lớp | Huy chương Vàng | Huy chương Bạc | Huy chương Đồng", "row"),
            P("Nhất | 9A | 5 | 3 | 2", "row"),
            P("Nhì | 8B | 4 | 2 | 4", "row"),
            P("Ba | 9D | 3 | 4 | 1", "row"),
            Img(
                f"{_IMG}/11/hkpd-keo-co.jpg",
                "Nội dung thi kéo co nữ khối 8",
                "Nội dung thi kéo co nữ khối 8",
                "tbl",
            ),
            P(
                "Qua Hội khỏe, nhà trường lựa chọn 32 vận động viên tiêu biểu để thành lập đội tuyển "
                "tham gia Hội khỏe Phù Đổng cấp xã vào tháng 12/2026."
            ),
            _signed("<strong>Tổ Giáo dục thể chất</strong>"),
        ],
        authors=["Tổ Giáo dục thể chất"],
        opts={"created_by": "Super User", "modified": "2026-11-10T07:05"},
    ),
    Story(
        id=301,
        slug="doan-cong-tac-so-gd-dt-nghe-an-kiem-tra-cong-tac-chuyen-doi-so",
        title="Đoàn công tác Sở GD&ĐT Nghệ An kiểm tra công tác chuyển đổi số tại nhà trường",
        cat="9",
        published_at="2026-10-24T08:40:00+07:00",
        blocks=[
            P(
                "Theo Kế hoạch số 2156/KH-SGDĐT ngày 02/10/2026 của Sở GD&ĐT Nghệ An, ngày 23/10/2026, "
                "đoàn công tác do ông Thái Văn Thành - Phó Giám đốc Sở làm trưởng đoàn đã đến kiểm "
                "tra công tác chuyển đổi số tại Trường THCS Lý Nhật Quang."
            ),
            P(
                "Đoàn đã kiểm tra hồ sơ, sổ sách điện tử, việc sử dụng học bạ số, sổ điểm điện tử và "
                "hệ thống quản lý trường học; dự giờ một số tiết dạy có ứng dụng công nghệ thông tin "
                "và trao đổi với giáo viên, học sinh về việc khai thác học liệu số."
            ),
            Img(
                f"{_IMG}/10/kiem-tra-cds.jpg",
                "Đoàn công tác Sở GD&ĐT kiểm tra hồ sơ chuyển đổi số của nhà trường",
                "Đoàn công tác Sở GD&ĐT kiểm tra hồ sơ chuyển đổi số của nhà trường",
                "jcap",
            ),
            P("Đoàn ghi nhận những kết quả nổi bật của nhà trường:"),
            P("- Hoàn thiện cơ sở dữ liệu ngành đúng tiến độ;", "br"),
            P("- Triển khai học bạ số đối với 100% học sinh;", "br"),
            P("- Tổ chức thu các khoản thu không dùng tiền mặt."),
            P(
                "Kết luận buổi kiểm tra, đồng chí trưởng đoàn đánh giá cao sự chủ động của nhà "
                "trường, đồng thời đề nghị tiếp tục đầu tư thiết bị, bồi dưỡng kĩ năng số cho đội "
                "ngũ giáo viên trong thời gian tới."
            ),
            _signed("<strong>BBT</strong>"),
        ],
        opts={"created_by": "Ban biên tập"},
    ),
    Story(
        id=296,
        slug="hoi-nghi-cha-me-hoc-sinh-dau-nam-hoc-2026-2027",
        title="Hội nghị cha mẹ học sinh đầu năm học 2026 - 2027",
        cat="9",
        published_at="2026-10-05T15:00:00+07:00",
        summary=(
            "(LNQ) - Chiều ngày 04/10/2026, Trường THCS Lý Nhật Quang tổ chức Hội nghị cha mẹ học "
            "sinh đầu năm học 2026 - 2027 nhằm thống nhất các giải pháp phối hợp giữa nhà trường và "
            "gia đình trong công tác giáo dục học sinh."
        ),
        blocks=[
            P(
                "(LNQ) - Chiều ngày 04/10/2026, Trường THCS Lý Nhật Quang tổ chức Hội nghị cha mẹ học "
                "sinh đầu năm học 2026 - 2027 nhằm thống nhất các giải pháp phối hợp giữa nhà trường "
                "và gia đình trong công tác giáo dục học sinh.",
                "lead",
            ),
            P(
                "Tại hội nghị, thầy giáo Đặng Văn Quý - Phó Hiệu trưởng đã báo cáo tổng kết năm học "
                "2025 - 2026 và triển khai kế hoạch giáo dục năm học mới với các chỉ tiêu trọng tâm:",
                "word",
            ),
            P("Giữ vững tỉ lệ học sinh lên lớp thẳng trên 97%;", "wordli"),
            P("Phấn đấu đạt 30 giải học sinh giỏi cấp tỉnh;", "wordli"),
            P(
                "Không có học sinh vi phạm an toàn giao thông, không có học sinh bỏ học.",
                "wordli",
            ),
            P(
                "Hội nghị cũng đã bầu Ban đại diện cha mẹ học sinh nhà trường gồm 9 thành viên, ông "
                "Trần Quốc Bảo được tín nhiệm bầu làm Trưởng ban.",
                "word",
            ),
        ],
        authors=["Đặng Văn Quý"],
        opts={"created_by": "Đặng Văn Quý"},
    ),
    Story(
        id=311,
        slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-gay-quy-ao-am-cho-em",
        title="Liên đội phát động phong trào “Kế hoạch nhỏ” gây quỹ “Áo ấm cho em”",
        cat="10",
        published_at="2026-11-26T19:05:00+07:00",
        blocks=[
            P(
                "Hưởng ứng Tháng hành động vì trẻ em và chương trình “Áo ấm cho em” năm 2026, Liên đội "
                "Trường THCS Lý Nhật Quang phát động phong trào thu gom giấy vụn, vỏ lon, chai nhựa "
                "đến toàn thể đội viên trong nhà trường ♻️"
            ),
            P(
                "Sau hai tuần triển khai, các chi đội đã thu gom được hơn 2,3 tấn giấy vụn và 180 kg "
                "vỏ lon, chai nhựa. Chi đội 7B, 8A và 9C dẫn đầu phong trào với khối lượng thu gom "
                "vượt chỉ tiêu được giao."
            ),
            Img(
                "/images/doan-doi/2026/ke-hoach-nho.jpg",
                "Các chi đội cân giấy vụn tại sân trường",
                "Các chi đội cân giấy vụn tại sân trường",
                "em",
            ),
            P(
                "Toàn bộ số tiền thu được là 14.850.000 đồng sẽ được dùng để mua 60 chiếc áo ấm tặng "
                "học sinh có hoàn cảnh khó khăn ở các bản vùng cao xã Con Cuông trước mùa đông."
            ),
            _signed("<em>Người viết: Cô Trần Thị Mai Anh - TPT Đội</em>"),
        ],
        authors=["Trần Thị Mai Anh"],
        opts={"created_by": "Super User", "nfd": True},
    ),
    Story(
        id=303,
        slug="tang-cuong-giao-duc-ky-nang-phong-chong-duoi-nuoc-cho-hoc-sinh",
        title="Tăng cường giáo dục kỹ năng phòng, chống đuối nước cho học sinh",
        cat="10",
        published_at="2026-11-02T10:30:00+07:00",
        blocks=[
            P(
                "Mùa mưa lũ năm nay, trên địa bàn tỉnh Nghệ An đã xảy ra nhiều vụ đuối nước thương "
                "tâm ở trẻ em. Trước thực trạng đó, nhiều trường học đã chủ động đưa nội dung phòng, "
                "chống đuối nước vào các tiết sinh hoạt dưới cờ và hoạt động trải nghiệm."
            ),
            P(
                "Tại Trường THCS Lý Nhật Quang (xã Đô Lương), Liên đội phối hợp với Công an xã tổ "
                "chức buổi ngoại khóa với chủ đề “Phòng, chống đuối nước - Bảo vệ bản thân”. Học sinh "
                "được hướng dẫn cách nhận biết vùng nước nguy hiểm, kỹ năng tự cứu và cách sơ cứu "
                "khi gặp người bị đuối nước."
            ),
            Img(
                "/images/doan-doi/2026/ngoai-khoa-duoi-nuoc.jpg",
                "Cán bộ Công an xã hướng dẫn học sinh kỹ năng sơ cứu",
                "Cán bộ Công an xã hướng dẫn học sinh kỹ năng sơ cứu",
                "jcap",
            ),
            P("Những lưu ý để phòng tránh đuối nước", "h3"),
            P("Không tắm ở ao, hồ, sông, suối khi không có người lớn đi cùng;", "li"),
            P("Không chơi đùa gần các khu vực nước sâu, hố công trình;", "li"),
            P(
                "Khi thấy người bị đuối nước, gọi to để nhờ người lớn giúp đỡ, không tự ý nhảy "
                "xuống cứu.",
                "li",
            ),
            _signed("<strong>Thanh Lê</strong>"),
            _signed("<em>Theo Báo Nghệ An</em>"),
        ],
        authors=["Thanh Lê"],
        source="Báo Nghệ An",
        opts={"created_by": "Super User"},
    ),
    Story(
        id=298,
        slug="dai-hoi-lien-doi-truong-thcs-ly-nhat-quang-nhiem-ky-2026-2027",
        title="Đại hội Liên đội Trường THCS Lý Nhật Quang nhiệm kỳ 2026 - 2027",
        cat="10",
        published_at="2026-10-15T20:30:00+07:00",
        summary=(
            "Ngày 14/10/2026, Liên đội Trường THCS Lý Nhật Quang long trọng tổ chức Đại hội Liên "
            "đội nhiệm kỳ 2026 - 2027. Đây là sự kiện quan trọng, đánh dấu bước trưởng thành của "
            "tập thể đội viên nhà trường."
        ),
        blocks=[
            P(
                "Ngày 14/10/2026, Liên đội Trường THCS Lý Nhật Quang long trọng tổ chức Đại hội Liên "
                "đội nhiệm kỳ 2026 - 2027. Đây là sự kiện quan trọng, đánh dấu bước trưởng thành của "
                "tập thể đội viên nhà trường.",
                "lead",
            ),
            P(
                "Đại hội đã thông qua báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ "
                "2025 - 2026, đề ra phương hướng hoạt động với chủ đề “Thiếu nhi Việt Nam - Thi đua "
                "học tốt, rèn chăm, tiến bước lên Đoàn”."
            ),
            P("Đại hội đã bầu Ban Chỉ huy Liên đội gồm 11 em.", "br"),
            P("Em Nguyễn Phương Thảo, lớp 9A được bầu làm Liên đội trưởng."),
            Img(
                "/images/doan-doi/2026/dai-hoi-lien-doi.jpg",
                "(Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội)",
                "Ban Chỉ huy Liên đội nhiệm kỳ 2026 - 2027 ra mắt Đại hội",
                "em",
            ),
            _signed("<strong>Tin, ảnh: Nguyễn Thu Trang</strong>"),
        ],
        authors=["Nguyễn Thu Trang"],
        photographers=["Nguyễn Thu Trang"],
        opts={"created_by": "Super User", "modified": "2026-10-16T06:50"},
    ),
    Story(
        id=307,
        slug="chuyen-de-day-hoc-mon-khoa-hoc-tu-nhien-7-theo-dinh-huong-giao-duc-stem",
        title="Chuyên đề: Dạy học môn Khoa học tự nhiên 7 theo định hướng giáo dục STEM",
        cat="11",
        published_at="2026-11-14T14:00:00+07:00",
        blocks=[
            P(
                "Chiều 13/11/2026, Tổ Khoa học Tự nhiên tổ chức chuyên đề “Dạy học môn Khoa học tự "
                "nhiên 7 theo định hướng giáo dục STEM” thông qua bài học “Chế tạo nam châm điện đơn "
                "giản”."
            ),
            P("1. Mục tiêu của chuyên đề", "h3"),
            P(
                "Chuyên đề giúp giáo viên trong tổ nắm vững quy trình xây dựng bài học STEM gồm 5 "
                "bước: xác định vấn đề, nghiên cứu kiến thức nền, đề xuất giải pháp, chế tạo mẫu và "
                "chia sẻ, đánh giá sản phẩm."
            ),
            P("2. Tiến trình tiết dạy minh họa", "h3"),
            P(
                "Cô giáo Võ Thị Thu Hà tổ chức cho học sinh lớp 7B làm việc theo 6 nhóm. Các nhóm sử "
                "dụng pin, dây đồng, đinh sắt để chế tạo nam châm điện và thử nghiệm khả năng hút "
                "ghim giấy khi thay đổi số vòng dây."
            ),
            Img(
                "/images/chuyen-mon/khtn/stem-nam-cham-dien.jpg",
                "Học sinh lớp 7B thử nghiệm sản phẩm nam châm điện",
                "Học sinh lớp 7B thử nghiệm sản phẩm nam châm điện",
                "tbl",
            ),
            P(
                "Sau tiết dạy, các thành viên trong tổ đã thảo luận, góp ý và thống nhất sẽ triển "
                "khai ít nhất 2 bài học STEM mỗi học kỳ đối với mỗi khối lớp."
            ),
            Raw("@seealso:299"),
            _signed("<strong>Tổ Khoa học Tự nhiên</strong>"),
        ],
        authors=["Tổ Khoa học Tự nhiên"],
        opts={"created_by": "Super User", "tags": [3]},
    ),
    Story(
        id=299,
        slug="ket-qua-thi-chon-doi-tuyen-hoc-sinh-gioi-toan-khtn-khoi-9",
        title="Kết quả thi chọn đội tuyển học sinh giỏi môn Toán, Khoa học tự nhiên khối 9",
        cat="11",
        published_at="2026-10-19T09:30:00+07:00",
        blocks=[
            P(
                "Ngày 17/10/2026, nhà trường đã tổ chức thi chọn đội tuyển học sinh giỏi cấp tỉnh môn "
                "Toán và Khoa học tự nhiên khối 9. Có 64 học sinh tham gia dự thi."
            ),
            P(
                "Căn cứ kết quả bài thi, nhà trường lựa chọn 12 học sinh vào đội tuyển, trong đó các "
                "học sinh có điểm cao nhất như sau:"
            ),
            P("STT | Họ và tên | Lớp | Môn | Điểm", "row"),
            P("1 | Nguyễn Đức Anh | 9A | Toán | 18,5", "row"),
            P("2 | Phan Thị Ngọc Ánh | 9A | Toán | 17,75", "row"),
            P("3 | Hồ Minh Khôi | 9C | Khoa học tự nhiên | 18,0", "row"),
            P("4 | Lê Thị Bảo Ngọc | 9B | Khoa học tự nhiên | 17,25", "row"),
            P(
                "Đội tuyển sẽ được bồi dưỡng tập trung từ ngày 21/10/2026 đến trước kỳ thi chọn học "
                "sinh giỏi cấp tỉnh."
            ),
            _signed("<strong>ThS. Nguyễn Hữu Thắng - Tổ trưởng tổ KHTN</strong>"),
            Raw("@file:/images/van-ban/2026/ds-doi-tuyen-hsg9.pdf"),
        ],
        authors=["Nguyễn Hữu Thắng"],
        opts={"created_by": "Super User", "entities": 1},
    ),
    Story(
        id=306,
        slug="giao-duc-lich-su-dia-phuong-qua-tam-guong-danh-tuong-ly-nhat-quang",
        title="Giáo dục lịch sử địa phương qua tấm gương danh tướng Lý Nhật Quang",
        cat="12",
        published_at="2026-11-11T16:45:00+07:00",
        blocks=[
            P(
                "Lý Nhật Quang là con thứ tám của vua Lý Thái Tổ, được vua Lý Thái Tông cử vào trấn "
                "nhậm châu Nghệ An năm 1039.[1] Trong gần 20 năm cai quản vùng đất này, ông đã có "
                "nhiều công lao trong việc khai hoang lập ấp, xây dựng kho tàng, ổn định đời sống "
                "nhân dân.",
                "fn",
            ),
            P(
                "Đền Quả Sơn ở xã Đô Lương là nơi thờ phụng ông, được nhân dân địa phương gìn giữ, "
                "tu bổ qua nhiều thế kỷ.[2] Đây là địa chỉ giáo dục truyền thống quý báu đối với học "
                "sinh nhà trường.",
                "fn",
            ),
            Img(
                "/images/chuyen-mon/khxh/tham-quan-den-qua-son.jpg",
                "Học sinh lớp 6A tham quan, tìm hiểu tại đền Quả Sơn",
                "Học sinh lớp 6A tham quan, tìm hiểu tại đền Quả Sơn",
                "jcap",
            ),
            P(
                "Trong các tiết dạy Lịch sử và Địa lí, giáo viên lồng ghép nội dung về vùng đất Hoan "
                "Châu thời Lý, hướng dẫn học sinh sưu tầm tư liệu, tranh ảnh và tổ chức tham quan "
                "học tập tại di tích. Nhờ vậy, các em thêm hiểu, thêm tự hào về truyền thống quê "
                "hương."
            ),
            Raw(
                '<p style="text-align: right;"><strong>Phạm Thị Hồng Vân</strong><br />'
                "<em>(Giáo viên Lịch sử và Địa lí)</em></p>"
            ),
            P("Tài liệu tham khảo", "bold"),
            P(
                "[1] Ngô Sĩ Liên và các sử thần nhà Lê, Đại Việt sử ký toàn thư, tập I, Nxb Khoa học "
                "Xã hội, 1993.",
                "note",
            ),
            P(
                "[2] Ninh Viết Giao (chủ biên), Địa chí huyện Đô Lương, Nxb Khoa học Xã hội, 2006.",
                "note",
            ),
        ],
        authors=["Phạm Thị Hồng Vân"],
        opts={"created_by": "Super User"},
    ),
    Story(
        id=313,
        slug="thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="14",
        published_at="2026-12-02",
        blocks=[
            Raw("@letterhead"),
            P("Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027;"),
            P(
                "Căn cứ Hướng dẫn số 1845/SGDĐT-GDTrH ngày 15/9/2026 của Sở GD&ĐT Nghệ An về việc "
                "kiểm tra, đánh giá học sinh trung học;"
            ),
            P(
                "Trường THCS Lý Nhật Quang thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 "
                "như sau:"
            ),
            P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "row"),
            P("21/12/2026 | Sáng | Ngữ văn | 90 phút", "row"),
            P("21/12/2026 | Chiều | Lịch sử và Địa lí | 60 phút", "row"),
            P("22/12/2026 | Sáng | Toán | 90 phút", "row"),
            P("22/12/2026 | Chiều | Khoa học tự nhiên | 60 phút", "row"),
            P("23/12/2026 | Sáng | Tiếng Anh | 60 phút", "row"),
            P(
                "Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh để biết, thực hiện. "
                "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút."
            ),
            Raw("@signature"),
            Raw("@file:/images/van-ban/2026/tb-87-lich-kiem-tra-hk1.pdf"),
        ],
        authors=["Lê Đình Khánh"],
        opts={"created_by": "Super User", "created": "2026-12-03T09:10"},
    ),
    Story(
        id=304,
        slug="thong-bao-cho-hoc-sinh-nghi-hoc-ngay-31-10-2026-de-phong-tranh-bao-so-11",
        title="Thông báo cho học sinh nghỉ học ngày 31/10/2026 để phòng, tránh bão số 11",
        cat="14",
        published_at="2026-10-30T21:45:00+07:00",
        blocks=[
            P(
                "Thực hiện Công điện số 09/CĐ-UBND ngày 30/10/2026 của Chủ tịch UBND xã Đô Lương về "
                "việc chủ động ứng phó với bão số 11 và mưa lũ,"
            ),
            P(
                "Nhà trường thông báo cho toàn thể học sinh nghỉ học ngày thứ Bảy 31/10/2026. Thời "
                "gian đi học trở lại sẽ được thông báo cụ thể qua nhóm Zalo của các lớp và ứng dụng "
                "eNetViet."
            ),
            P(
                "Đề nghị cha mẹ học sinh quản lý chặt chẽ con em, tuyệt đối không cho các em đi tắm, "
                "bắt cá ở ao hồ, khe suối, khu vực ngập nước trong thời gian mưa bão."
            ),
            _signed("<strong>Ban Giám hiệu</strong>"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"created_by": "Super User", "modified": "2026-10-31T06:10"},
    ),
]

BY_ID = {s.id: s for s in STORIES}


def created(story: Story) -> str:
    """The "Ngày đăng" stamp the info line prints (YYYY-MM-DDTHH:MM)."""
    if "created" in story.opts:
        return story.opts["created"]
    stamp = story.published_at or ""
    return stamp[:16] if len(stamp) > 10 else stamp + "T00:00"


def cat_of(story: Story) -> Cat:
    return CATS[int(story.cat)]


def sef(story: Story) -> str:
    c = cat_of(story)
    return f"/{c.menu}/{c.id}-{c.alias}/{story.id}-{story.slug}.html"


def component_path(story: Story) -> str:
    c = cat_of(story)
    return f"/component/content/article/{c.id}-{c.alias}/{story.id}-{story.slug}.html?Itemid={HOME_ITEMID}"


PRINT_QUERY = "tmpl=component&print=1&page="


def by_date(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=created, reverse=True)


def in_cat(cat_id: int) -> list[Story]:
    return by_date([s for s in STORIES if int(s.cat) == cat_id])


TIN_TUC = by_date([s for s in STORIES if int(s.cat) in (9, 10)])
CHUYEN_MON = by_date([s for s in STORIES if int(s.cat) in (11, 12)])
FEATURED = [312, 309, 307, 313]
LATEST = [s.id for s in by_date(STORIES)][:5]
MOST_READ = [309, 305, 311, 307, 306]
LEGACY_LINKS = [307, 306]  # "Chuyên đề" module: /index.php/ links typed before URL rewriting

TAGS = {3: ("thi-dua-day-tot-hoc-tot", "Thi đua dạy tốt - học tốt")}


# --- article body markup ----------------------------------------------------------------------

_FN_CALL = re.compile(r"\[(\d+)\]")


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")), entities=int(story.opts.get("entities", 0)))


def _img_tag(img: Img, extra: str = "") -> str:
    name = img.src.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("-", " ")
    return f'<img src="{img.src}" alt="{esc(name)}" width="600" height="400"{extra} />'


def _letterhead() -> str:
    return (
        '<table style="width: 100%; border-collapse: collapse;" border="0"><tbody><tr>'
        '<td style="width: 42%; text-align: center; vertical-align: top;">'
        '<span style="font-size: 10pt;">UBND XÃ ĐÔ LƯƠNG</span><br />'
        '<strong><span style="font-size: 10pt;">TRƯỜNG THCS LÝ NHẬT QUANG</span></strong><br />'
        "___________<br />Số: 87/TB-THCSLNQ</td>"
        '<td style="text-align: center; vertical-align: top;">'
        "<strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />"
        "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br /><br />"
        "<em>Đô Lương, ngày 02 tháng 12 năm 2026</em></td>"
        "</tr></tbody></table>\n"
        '<p style="text-align: center;"><strong>THÔNG BÁO</strong></p>\n'
        '<p style="text-align: center;"><strong>Về việc tổ chức kiểm tra cuối học kỳ I năm học '
        "2026 - 2027</strong></p>\n"
    )


def _signature() -> str:
    return (
        '<table style="width: 100%;" border="0"><tbody><tr>'
        '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br />'
        '<span style="font-size: 10pt;">- Như trên;<br />- Đăng website trường;<br />'
        "- Lưu: VT.</span></td>"
        '<td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG</strong><br />'
        "<em>(Đã ký)</em><br /><br /><strong>Lê Đình Khánh</strong></td>"
        "</tr></tbody></table>\n"
    )


def _raw(story: Story, markup: str) -> str:
    if markup == "@letterhead":
        return _letterhead()
    if markup == "@signature":
        return _signature()
    if markup.startswith("@file:"):
        href = markup[6:]
        name = href.rsplit("/", 1)[-1]
        return (
            f'<p><img src="/media/jce/icons/pdf.png" alt="pdf" /> File đính kèm: '
            f'<a href="{href}" target="_blank">{name}</a></p>\n'
        )
    if markup.startswith("@seealso:"):
        other = BY_ID[int(markup[9:])]
        return (
            f'<p><span style="color: #ff0000;"><strong>Xem thêm:</strong></span> '
            f'<a href="{sef(other)}">{esc(other.title)}</a></p>\n'
        )
    if markup == "@related":
        items = "".join(
            f'<li><a href="{sef(BY_ID[i])}">{esc(BY_ID[i].title)}</a></li>'
            for i in story.opts.get("related", [])
        )
        return f"<p><strong>Tin liên quan:</strong></p>\n<ul>{items}</ul>\n"
    return markup + "\n"


def _word_marker() -> str:
    return (
        '<!--[if !supportLists]--><span style="font-family: \'Times New Roman\',\'serif\'; '
        'mso-list: Ignore;">-<span style="font: 7.0pt \'Times New Roman\';">'
        "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span><!--[endif]-->"
    )


def render_body(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(_raw(story, b.html))
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "jcap":
                out.append(
                    '<p style="text-align: center;">'
                    + _img_tag(b, f' class="caption" title="{esc(b.printed or "")}"'
                               ' style="display: block; margin-left: auto; margin-right: auto;"')
                    + "</p>\n"
                )
            elif b.style == "em":
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>\n')
                out.append(f'<p style="text-align: center;"><em>{esc(b.printed or "")}</em></p>\n')
            elif b.style == "tbl":
                out.append(
                    '<table style="margin-left: auto; margin-right: auto;" border="0" cellpadding="2">'
                    f"<tbody><tr><td>{_img_tag(b)}</td></tr>"
                    '<tr><td style="text-align: center;"><span style="font-size: 10pt;"><em>'
                    f"{esc(b.printed or '')}</em></span></td></tr></tbody></table>\n"
                )
            else:
                out.append(f'<p style="text-align: center;">{_img_tag(b)}</p>\n')
            i += 1
            continue
        style = b.style
        if style == "row":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "row":
                cells = blocks[i].text.split(" | ")
                if first:
                    tds = "".join(f'<td style="text-align: center;"><strong>{_t(story, c)}</strong></td>'
                                  for c in cells)
                else:
                    tds = "".join(f"<td>{_t(story, c)}</td>" for c in cells)
                rows.append(f"<tr>{tds}</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table-bordered" style="width: 100%; border-collapse: collapse;" '
                'border="1" cellpadding="3"><tbody>' + "".join(rows) + "</tbody></table>\n"
            )
            continue
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>\n")
            continue
        if style == "br":
            parts = [_t(story, b.text)]
            i += 1
            while i < len(blocks) and isinstance(blocks[i], P):
                parts.append(_t(story, blocks[i].text))
                i += 1
                if blocks[i - 1].style != "br":
                    break
            out.append('<p style="text-align: justify;">' + "<br />\n".join(parts) + "</p>\n")
            continue
        body = _t(story, b.text)
        if style == "lead":
            out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>\n')
        elif style == "h3":
            out.append(f'<h3><span style="color: #003399;">{body}</span></h3>\n')
        elif style == "quote":
            out.append(f"<blockquote><p><em>{body}</em></p></blockquote>\n")
        elif style == "bold":
            out.append(f'<p style="text-align: justify;"><strong>{body}</strong></p>\n')
        elif style == "word":
            out.append(
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt;">'
                f'<span style="font-size: 14.0pt; line-height: 115%;">{body}</span></p>\n'
            )
        elif style == "wordli":
            out.append(
                '<p class="MsoListParagraphCxSpMiddle" style="margin-left: 54.0pt; text-align: justify; '
                'text-indent: -18.0pt; mso-list: l0 level1 lfo1;">'
                f'{_word_marker()}<span style="font-size: 14.0pt; line-height: 115%;">{body}</span></p>\n'
            )
        elif style == "fn":
            body = _FN_CALL.sub(
                lambda m: (f'<a href="#_ftn{m.group(1)}" name="_ftnref{m.group(1)}" title="">'
                           f'<sup><span style="font-size: 10pt;">[{m.group(1)}]</span></sup></a>'),
                body,
            )
            out.append(f'<p style="text-align: justify;">{body}</p>\n')
        elif style == "note":
            n = _FN_CALL.match(b.text)
            rest = _t(story, b.text[n.end():].strip()) if n else body
            num = n.group(1) if n else ""
            out.append(
                f'<div id="ftn{num}"><p class="MsoFootnoteText"><a href="#_ftnref{num}" '
                f'name="_ftn{num}" title="">[{num}]</a> {rest}</p></div>\n'
            )
        else:
            out.append(f'<p style="text-align: justify;">{body}</p>\n')
        i += 1
    return "".join(out)


def intro_html(story: Story) -> str:
    """The intro text shown in blog listings: the first paragraph, plain."""
    first = next(b for b in story.blocks if isinstance(b, P))
    return f'<p style="text-align: justify;">{_t(story, first.text)}</p>'


def thumb(story: Story) -> str | None:
    imgs = story.images
    if not imgs:
        return None
    name = imgs[0].src.rsplit("/", 1)[-1]
    return f"/images/thumbnails/{name}"


# --- chrome ------------------------------------------------------------------------------------

_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu.html", "Giới thiệu", [
        ("/gioi-thieu.html", "Lịch sử nhà trường"),
        ("/lien-he.html", "Liên hệ"),
    ]),
    ("/tin-tuc.html", "Tin tức", [
        (CATS[9].path, CATS[9].title),
        (CATS[10].path, CATS[10].title),
    ]),
    ("/chuyen-mon.html", "Chuyên môn", [
        (CATS[11].path, CATS[11].title),
        (CATS[12].path, CATS[12].title),
        ("/thoi-khoa-bieu.html", "Thời khóa biểu"),
    ]),
    ("/thong-bao.html", "Thông báo", [(CATS[14].path, CATS[14].title)]),
    ("/van-ban.html", "Văn bản", []),
    ("/thu-vien-anh.html", "Thư viện", [
        ("/thu-vien-anh.html", "Thư viện ảnh"),
        ("/video-clip.html", "Video clip"),
    ]),
    ("/lien-he.html", "Liên hệ", []),
]


CURRENT = ' class="current"'
SELECTED = ' selected="selected"'


def _mainmenu(active: str) -> str:
    lis = []
    for n, (href, label, children) in enumerate(_MENU):
        classes = []
        if n == 0:
            classes.append("first")
        if n == len(_MENU) - 1:
            classes.append("last")
        if children:
            classes.append("parent")
        if href == active:
            classes.append("active")
        sub = ""
        if children:
            sub = '<span class="jsn-menu-toggle"></span><ul>' + "".join(
                f'<li class="item-{200 + n * 10 + k}"><a href="{h}"><span>{esc(t)}</span></a></li>'
                for k, (h, t) in enumerate(children)
            ) + "</ul>"
        lis.append(
            f'<li class="{" ".join(classes)} item-{101 + n}"><a href="{href}"'
            f'{CURRENT if href == active else ""}><span>{esc(label)}</span></a>{sub}</li>'
        )
    return (
        '<div id="jsn-pos-mainmenu"><div class=" jsn-modulecontainer"><div class="jsn-modulecontainer_inner">'
        '<div class="jsn-modulecontent"><span class="jsn-menu-toggle">Menu</span>'
        '<ul class="menu-mainmenu menu-richmenu">' + "".join(lis) + "</ul>"
        '<div class="clearbreak"></div></div></div></div></div>'
    )


def _module(title: str, inner: str, suffix: str = "box-blue") -> str:
    return (
        f'<div class=" jsn-modulecontainer {suffix}"><div class="jsn-modulecontainer_inner">'
        f'<h3 class="jsn-moduletitle"><span class="jsn-moduleicon">{esc(title)}</span></h3>'
        f'<div class="jsn-modulecontent">{inner}<div class="clearbreak"></div></div></div></div>'
    )


def _left() -> str:
    cats = "".join(
        f'<li class="item-{300 + c.id}"><a href="{c.path}">{esc(c.title)}</a></li>' for c in CATS.values()
    )
    links = "".join(
        f'<option value="{u}">{esc(t)}</option>'
        for u, t in [
            ("https://moet.gov.vn", "Bộ Giáo dục và Đào tạo"),
            ("https://nghean.edu.vn", "Sở GD&ĐT Nghệ An"),
            ("https://doluong.nghean.gov.vn", "Cổng TTĐT xã Đô Lương"),
            ("https://truonghocketnoi.edu.vn", "Trường học kết nối"),
            ("https://csdl.moet.gov.vn", "CSDL ngành Giáo dục"),
        ]
    )
    counter_rows = [
        ("vtoday", "Hôm nay", "312"),
        ("vyesterday", "Hôm qua", "487"),
        ("vweek", "Tuần này", "1.960"),
        ("vmonth", "Tháng này", "2.291"),
        ("vall", "Tổng truy cập", "1.245.678"),
    ]
    counter = (
        '<div id="vvisit_counter" class="vvisit_counter"><div class="vdigit_counter">'
        + "".join(f'<span class="vdigit-{d}" title="Vinaora Visitors Counter">{d}</span>' for d in "1245678")
        + '</div><div class="vrows"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
        + "".join(
            f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/{k}.png" '
            f'alt="mod_vvisit_counter" title="{label}" /></td><td>{label}</td>'
            f'<td align="right">{v}</td></tr>'
            for k, label, v in counter_rows
        )
        + '</tbody></table></div><hr style="width: 90%" />'
        '<div class="vinfo">Đang online: 23</div>'
        '<div class="vinfo">Địa chỉ IP: 127.0.0.1</div></div>'
    )
    return (
        '<div id="jsn-leftsidecontent"><div id="jsn-leftsidecontent_inner"><div id="jsn-pos-left">'
        + _module("Danh mục", f'<ul class="menu-treemenu">{cats}</ul>', "box-orange jsn-triangle")
        + _module(
            "Liên kết website",
            '<select name="weblink" onchange="if(this.value) window.open(this.value);" style="width:95%">'
            f'<option value="">-- Chọn liên kết --</option>{links}</select>',
        )
        + _module("Thống kê truy cập", counter, "box-grey")
        + "</div></div></div>"
    )


def _right() -> str:
    mostread = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{sef(BY_ID[i])}" itemprop="url">'
        f'<span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in MOST_READ
    )
    legacy = "".join(
        f'<p>&raquo; <a href="/index.php{sef(BY_ID[i])}">{esc(BY_ID[i].title)}</a></p>' for i in LEGACY_LINKS
    )
    notices = " &nbsp;|&nbsp; ".join(
        f'<a href="{sef(s)}">{esc(s.title)}</a>' for s in in_cat(14)
    )
    poll = (
        '<form action="/" method="post" name="poll_vote_1" id="poll_vote_1">'
        '<p class="poll-question"><strong>Bạn đánh giá thế nào về website nhà trường?</strong></p>'
        + "".join(
            f'<div class="poll-option"><input type="radio" name="voteid" id="voteid{k}" value="{k}" />'
            f'<label for="voteid{k}">{esc(t)}</label></div>'
            for k, t in enumerate(["Rất hữu ích", "Hữu ích", "Bình thường", "Cần cải thiện"], 1)
        )
        + '<input type="hidden" name="option" value="com_acepolls" /><input type="hidden" name="id" value="1" />'
        '<input type="hidden" name="task" value="vote" />'
        '<input type="submit" name="task_button" class="button btn" value="Bình chọn" /> '
        "</form>"
    )
    return (
        '<div id="jsn-rightsidecontent"><div id="jsn-rightsidecontent_inner"><div id="jsn-pos-right">'
        + _module(
            "Thông báo",
            '<marquee behavior="scroll" direction="up" scrollamount="2" onmouseover="this.stop()" '
            f'onmouseout="this.start()" height="120">{notices}</marquee>',
            "box-red",
        )
        + _module("Tin đọc nhiều", f'<ul class="mostread mod-list">{mostread}</ul>')
        + _module("Chuyên đề", f'<div class="custom">{legacy}</div>', "box-green")
        + _module("Thăm dò ý kiến", poll)
        + _module(
            "Hỗ trợ trực tuyến",
            '<div class="custom"><p><img src="/images/banners/hotline.png" alt="hotline" /></p>'
            "<p>Văn phòng: <strong>0238 3871 256</strong></p></div>",
        )
        + "</div></div></div>"
    )


def _search() -> str:
    return (
        '<div id="jsn-pos-top"><div class="search"><form action="/" method="post" class="form-inline">'
        '<label for="mod-search-searchword" class="element-invisible">Tìm kiếm</label> '
        '<input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" '
        'type="search" size="20" placeholder="Tìm kiếm..." />'
        '<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" />'
        f'<input type="hidden" name="Itemid" value="{HOME_ITEMID}" /></form></div></div>'
    )


def _footer_email() -> str:
    return (
        '<span id="cloak4f1c2a9e">Địa chỉ email này đang được bảo vệ khỏi chương trình thư rác, bạn '
        "cần kích hoạt JavaScript để xem nó.</span><script type='text/javascript'>"
        "document.getElementById('cloak4f1c2a9e').innerHTML = '';"
        "var prefix = '&#109;a' + 'i&#108;' + '&#116;o';var path = 'hr' + 'ef' + '=';"
        "var addy4f1c2a9e = 'c2lynhatquang.dl' + '&#64;';addy4f1c2a9e = addy4f1c2a9e + 'nghean' + '&#46;' + "
        "'edu' + '&#46;' + 'vn';document.getElementById('cloak4f1c2a9e').innerHTML += "
        "'<a ' + path + '\\'' + prefix + ':' + addy4f1c2a9e + '\\'>'+addy4f1c2a9e+'<\\/a>';</script>"
    )


def page(
    request: Request,
    title: str,
    main: str,
    *,
    crumbs: list[tuple[str | None, str]] | None = None,
    active: str = "/",
    description: str = "",
    author: str = "",
    content_top: str = "",
    content_bottom: str = "",
    feed: str | None = None,
) -> Response:
    base = base_url(request)
    trail = ""
    if crumbs is not None:
        parts = ['<li><a href="/" class="pathway">Trang chủ</a><span class="divider">&nbsp;&raquo;&nbsp;</span></li>']
        for k, (href, label) in enumerate(crumbs):
            sep = '<span class="divider">&nbsp;&raquo;&nbsp;</span>' if k < len(crumbs) - 1 else ""
            if href:
                parts.append(f'<li><a href="{href}" class="pathway">{esc(label)}</a>{sep}</li>')
            else:
                parts.append(f'<li class="active"><span>{esc(label)}</span></li>')
        trail = (
            '<div id="jsn-pos-breadcrumbs"><ul class="breadcrumb "><li class="active">'
            '<span class="divider icon-location"></span></li>' + "".join(parts) + "</ul></div>"
        )
    feed_link = (
        f'<link href="{feed}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />' if feed else ""
    )
    doc = f"""<!DOCTYPE html>
<!-- jsn_epic_pro 4.2.1 -->
<html lang="vi-vn" dir="ltr">
<head>
<base href="{base}{esc(request.target)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="THCS Lý Nhật Quang, Đô Lương, Nghệ An, trường học" />
{f'<meta name="author" content="{esc(author)}" />' if author else ''}
<meta name="description" content="{esc(description or 'Website Trường THCS Lý Nhật Quang - xã Đô Lương - tỉnh Nghệ An')}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{feed_link}
<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/media/jui/css/bootstrap.min.css" type="text/css" />
<link rel="stylesheet" href="/templates/{TEMPLATE}/css/template.css" type="text/css" />
<link rel="stylesheet" href="/templates/{TEMPLATE}/css/colors/blue.css" type="text/css" />
<link rel="stylesheet" href="/modules/mod_vvisit_counter/mvc.css" type="text/css" />
<script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>
<script src="/media/jui/js/jquery-noconflict.js" type="text/javascript"></script>
<script src="/media/system/js/caption.js" type="text/javascript"></script>
<script src="/plugins/system/jsntplframework/assets/joomlashine/js/noconflict.js" type="text/javascript"></script>
<script src="/templates/{TEMPLATE}/js/jsn_template.js" type="text/javascript"></script>
<script type="text/javascript">
jQuery(window).on('load',  function() {{
				new JCaption('img.caption');
			}});
JSNTemplate.initTemplate({{templatePrefix: "{TEMPLATE}_", templatePath: "/templates/{TEMPLATE}", enableRTL: 0, enableGotopLink: 1, enableMobile: 1, enableMobileMenuSticky: 1}});
</script>
</head>
<body id="jsn-master" class="jsn-textstyle-business jsn-textsize-medium jsn-color-blue jsn-direction-ltr jsn-responsive jsn-mobile jsn-joomla-30 jsn-com-content">
<a name="top" id="top"></a>
<div id="jsn-page">
<div id="jsn-header">
  <div id="jsn-logo" class="pull-left"><a href="/" title="{SITE}"><img src="/images/logo/logo-thcs-lnq.png" alt="{SITE}" id="jsn-logo-desktop" /></a></div>
  <div id="jsn-headerright" class="pull-right">
    <div class="jsn-date-time" style="color:#fff;font-weight:bold">{HEADER_TODAY}</div>
    {_search()}
  </div>
  <div class="clearbreak"></div>
</div>
<div id="jsn-body">
  <div id="jsn-menu">{_mainmenu(active)}
    <span id="jsn-desktopswitch"><a href="#" onclick="javascript: JSNUtils.setTemplateAttribute('{TEMPLATE}_','mobile','no'); return false;"></a></span>
    <div class="clearbreak"></div>
  </div>
  <div id="jsn-pos-marquee" style="background:#fff8dc;padding:3px 8px;"><marquee scrollamount="3">Chào mừng quý thầy cô, cha mẹ học sinh và các em học sinh đến với website Trường THCS Lý Nhật Quang!</marquee></div>
  <div id="jsn-content" class="jsn-hasleft jsn-hasright">
    <div id="jsn-content_inner">
    <div id="jsn-maincontent">
      <div id="jsn-centercol"><div id="jsn-centercol_inner">
        {trail}
        <div id="jsn-mainbody-content" class=" jsn-hasmainbody">
          {f'<div id="jsn-pos-content-top" class=" jsn-hasmodule">{content_top}</div>' if content_top else ''}
          <div id="jsn-mainbody">
            <div id="system-message-container"></div>
            {main}
          </div>
          {f'<div id="jsn-pos-content-bottom">{content_bottom}</div>' if content_bottom else ''}
        </div>
      </div></div>
    </div>
    {_left()}
    {_right()}
    <div class="clearbreak"></div>
    </div>
  </div>
</div>
<div id="jsn-footer"><div id="jsn-footer_inner">
  <div id="jsn-pos-footer" class="pull-left"><div class="custom">
    <p><strong>TRƯỜNG THCS LÝ NHẬT QUANG - XÃ ĐÔ LƯƠNG - TỈNH NGHỆ AN</strong></p>
    <p>Địa chỉ: Khối 3, xã Đô Lương, tỉnh Nghệ An &nbsp;-&nbsp; Điện thoại: 0238 3871 256</p>
    <p>Email: {_footer_email()}</p>
    <p>Chịu trách nhiệm nội dung: Thầy giáo Lê Đình Khánh - Hiệu trưởng</p>
    <p>Bản quyền &copy; 2015 - 2026 {SITE}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </div></div>
  <div id="jsn-pos-bottom" class="pull-right"><div class="custom"><p><a href="https://www.facebook.com/thcslynhatquang" target="_blank" rel="noopener"><img src="/images/icons/facebook.png" alt="facebook" /></a> <a href="https://www.youtube.com/@thcslynhatquang" target="_blank" rel="noopener"><img src="/images/icons/youtube.png" alt="youtube" /></a></p></div></div>
  <div class="clearbreak"></div>
  <div id="jsn-brand"><a href="https://www.joomlashine.com/joomla-templates.html" target="_blank" title="Joomla templates by JoomlaShine">Joomla templates</a> by JoomlaShine</div>
</div></div>
</div>
<a id="jsn-gotoplink" href="#top"><span>Lên đầu trang</span></a>
</body>
</html>
"""
    return html(doc)


# --- article pages -----------------------------------------------------------------------------


def _tools(path: str) -> str:
    link = hashlib.sha1(path.encode()).hexdigest()
    return (
        '<ul class="jsn-article-tools pull-right">'
        f'<li class="jsn-article-print-button"><a href="{path}?{PRINT_QUERY.replace("&", "&amp;")}" '
        'title="In" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,'
        'titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); '
        'return false;" rel="nofollow"><span class="icon-print"></span></a></li>'
        f'<li class="jsn-article-email-button"><a href="/component/mailto/?tmpl=component&amp;template={TEMPLATE}'
        f'&amp;link={link}" title="Email" onclick="window.open(this.href,\'win2\',\'width=400,height=350,'
        'menubar=yes,resizable=yes\'); return false;" rel="nofollow"><span class="icon-envelope"></span></a></li>'
        "</ul>"
    )


def _info(story: Story, cat: Cat, *, listing: bool = False) -> str:
    stamp = created(story)
    parts = ['<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>']
    if "modified" in story.opts and not listing:
        m = story.opts["modified"]
        parts.append(
            '<dd class="modified pull-right"><span class="icon-calendar"></span> '
            f'<time datetime="{iso(m)}" itemprop="dateModified">Cập nhật lần cuối: {lc2(m)}</time></dd>'
        )
    parts.append(
        '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
        f'Viết bởi <span itemprop="name">{esc(story.opts.get("created_by", "Super User"))}</span></dd>'
    )
    parts.append(
        f'<dd class="category-name">Chuyên mục: <a href="{cat.path}" itemprop="genre">{esc(cat.title)}</a></dd>'
    )
    parts.append(
        '<dd class="published"><span class="icon-calendar"></span> '
        f'<time datetime="{iso(stamp)}" itemprop="datePublished">Ngày đăng: {lc2(stamp)}</time></dd>'
    )
    parts.append(
        f'<dd class="hits"><span class="icon-eye-open"></span> '
        f'<meta itemprop="interactionCount" content="UserPageVisits:{story.views()}" />'
        f"Lượt xem: {story.views()}</dd></dl>"
    )
    return '<div class="jsn-article-info">' + "".join(parts) + "</div>"


def _tags(story: Story) -> str:
    ids = story.opts.get("tags", [])
    if not ids:
        return ""
    items = "".join(
        f'<li class="tag-{t} tag-list0" itemprop="keywords"><a href="/component/tags/tag/{t}-{TAGS[t][0]}.html" '
        f'class="label label-info">{esc(TAGS[t][1])}</a></li>'
        for t in ids
    )
    return f'<ul class="tags inline">{items}</ul>'


def _pagenav(story: Story) -> str:
    siblings = in_cat(int(story.cat))
    k = siblings.index(story)
    lis = []
    if k > 0:
        prev = siblings[k - 1]
        lis.append(
            f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" '
            f'aria-label="Bài trước: {esc(prev.title)}" href="{sef(prev)}" rel="prev">'
            '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span></a></li>'
        )
    if k < len(siblings) - 1:
        nxt = siblings[k + 1]
        lis.append(
            f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" '
            f'aria-label="Bài tiếp: {esc(nxt.title)}" href="{sef(nxt)}" rel="next">'
            '<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        )
    return f'<ul class="pager pagenav">{"".join(lis)}</ul>' if lis else ""


def _others(story: Story) -> str:
    items = [s for s in in_cat(int(story.cat)) if s.id != story.id][:5]
    if not items:
        return ""
    lis = "".join(
        f'<li><a href="{sef(s)}">{esc(s.title)}</a> <span class="mod-articles-category-date">'
        f"({dmy(created(s))})</span></li>"
        for s in items
    )
    return _module("Các tin khác", f'<ul class="category-module mod-list">{lis}</ul>', "box-blue jsn-others")


def _heading(story: Story) -> str:
    return _t(story, story.title) if story.opts.get("nfd") else esc(story.title)


def article_main(story: Story, path: str) -> str:
    cat = cat_of(story)
    return (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
        '<meta itemprop="inLanguage" content="vi-VN" />'
        '<div class="jsn-article-toolbar"><div class="page-header">'
        f'<h2 itemprop="headline" class="contentheading">{_heading(story)}</h2></div>'
        f"{_tools(path)}<div class=\"clearfix\"></div></div>"
        f"{_info(story, cat)}"
        f'<div class="jsn-article-content" itemprop="articleBody">\n{render_body(story)}</div>'
        f"{_tags(story)}{_pagenav(story)}</div>"
    )


def article_page(request: Request, story: Story, variant: str) -> Response:
    cat = cat_of(story)
    path = sef(story)
    if variant == "print":
        doc = (
            '<!DOCTYPE html>\n<html lang="vi-vn" dir="ltr"><head>'
            '<meta http-equiv="content-type" content="text/html; charset=utf-8" />'
            f"<title>{esc(story.title)} - {SITE}</title>"
            '<link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" />'
            f'<link rel="stylesheet" href="/templates/{TEMPLATE}/css/print.css" type="text/css" />'
            '</head><body class="contentpane"><div id="system-message-container"></div>'
            '<div class="item-page"><div id="pop-print" class="btn hidden-print">'
            '<a href="#" onclick="window.print();return false;"><span class="icon-print"></span> In</a></div>'
            f'<div class="page-header"><h2 itemprop="headline">{_heading(story)}</h2></div>'
            f"{_info(story, cat)}<div itemprop=\"articleBody\">\n{render_body(story)}</div></div>"
            "</body></html>"
        )
        return html(doc)
    if variant == "component":
        crumbs = [(None, story.title)]
    else:
        crumbs = [(f"/{cat.menu}.html", cat.menu_title), (cat.path, cat.title), (None, story.title)]
    first = next(b for b in story.blocks if isinstance(b, P))
    return page(
        request,
        f"{story.title} - {SITE}",
        article_main(story, path),
        crumbs=crumbs,
        active=f"/{cat.menu}.html",
        description=first.text[:160],
        author=story.opts.get("created_by", ""),
        content_bottom=_others(story),
    )


# --- listings ----------------------------------------------------------------------------------


def _pagination(base: str, start: int, per_page: int, total: int) -> str:
    pages = (total + per_page - 1) // per_page
    if pages <= 1:
        return ""
    current = start // per_page

    def href(k: int) -> str:
        return f"{base}?limitstart=0" if k == 0 else f"{base}?start={k * per_page}"

    items = []
    if current == 0:
        items += ['<li class="disabled"><span>Bắt đầu</span></li>', '<li class="disabled"><span>Trước</span></li>']
    else:
        items += [
            f'<li><a title="Bắt đầu" href="{href(0)}" class="pagenav">Bắt đầu</a></li>',
            f'<li><a title="Trước" href="{href(current - 1)}" class="pagenav">Trước</a></li>',
        ]
    for k in range(pages):
        if k == current:
            items.append(f'<li class="active"><span class="pagenav">{k + 1}</span></li>')
        else:
            items.append(f'<li><a title="{k + 1}" href="{href(k)}" class="pagenav">{k + 1}</a></li>')
    if current == pages - 1:
        items += ['<li class="disabled"><span>Tiếp</span></li>', '<li class="disabled"><span>Cuối</span></li>']
    else:
        items += [
            f'<li><a title="Tiếp" href="{href(current + 1)}" class="pagenav">Tiếp</a></li>',
            f'<li><a title="Cuối" href="{href(pages - 1)}" class="pagenav">Cuối</a></li>',
        ]
    return (
        '<div class="pagination jsn-pagination-container">'
        f'<p class="counter pull-right">Trang {current + 1} / {pages}</p>'
        f'<ul class="jsn-pagination pagination-list">{"".join(items)}</ul></div>'
    )


def _blog_item(story: Story, leading: bool) -> str:
    cat = cat_of(story)
    t = thumb(story)
    img = (
        f'<div class="pull-left item-image"><a href="{sef(story)}"><img src="{t}" alt="" '
        'itemprop="thumbnailUrl" width="180" /></a></div>'
        if t
        else ""
    )
    return (
        f'<div class="{"leading-0" if leading else "item column-1"}" itemprop="blogPost" itemscope '
        'itemtype="https://schema.org/BlogPosting">'
        f'<div class="page-header"><h2 itemprop="name"><a href="{sef(story)}" itemprop="url">'
        f"{_heading(story)}</a></h2></div>"
        f"{_info(story, cat, listing=True)}{img}{intro_html(story)}"
        f'<p class="readmore"><a class="btn" href="{sef(story)}" itemprop="url" '
        f'aria-label="Đọc thêm: {esc(story.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> '
        "Đọc thêm...</a></p>"
        '<div class="item-separator"></div></div>'
    )


def blog_page(
    request: Request,
    *,
    heading: str,
    base: str,
    stories: list[Story],
    per_page: int,
    crumbs: list[tuple[str | None, str]],
    active: str,
    children: list[Cat] = (),
    links_after: int | None = None,
    feed: str | None = None,
) -> Response | None:
    params = request.params
    start_raw = params.get("start", params.get("limitstart", "0"))
    if not start_raw.isdigit():
        return None
    start = int(start_raw)
    if start % per_page or (start and start >= len(stories)):
        return None
    shown = stories[start:start + per_page]
    more: list[Story] = []
    if links_after is not None:
        shown, more = stories[:links_after], stories[links_after:]
    body = "".join(_blog_item(s, k == 0 and start == 0) for k, s in enumerate(shown))
    if more:
        body += (
            '<div class="items-more"><h3>Xem thêm các bài khác</h3><ol class="nav nav-tabs nav-stacked">'
            + "".join(f'<li><a href="{sef(s)}">{esc(s.title)}</a></li>' for s in more)
            + "</ol></div>"
        )
    kids = ""
    if children and start == 0:
        kids = (
            '<div class="cat-children"><h3>Danh mục con</h3>'
            + "".join(
                f'<div class="first"><h3 class="page-header item-title"><a href="{c.path}">{esc(c.title)}</a> '
                f'<span class="badge badge-info tip hasTooltip" title="Số bài viết:">{len(in_cat(c.id))}</span>'
                "</h3></div>"
                for c in children
            )
            + "</div>"
        )
    page_note = f" - Trang {start // per_page + 1}" if start else ""
    main = (
        f'<div class="blog" itemscope itemtype="https://schema.org/Blog"><h2 class="componentheading"><span>{esc(heading)}</span></h2>'
        f'<div class="items-leading clearfix">{body}</div>{kids}'
        f"{_pagination(base, start, per_page, len(stories)) if links_after is None else ''}</div>"
    )
    return page(request, f"{heading}{page_note} - {SITE}", main, crumbs=crumbs, active=active, feed=feed)


def list_page(request: Request, cat: Cat) -> Response:
    rows = "".join(
        f'<tr class="cat-list-row{k % 2}"><td headers="categorylist_header_title" class="list-title">'
        f'<a href="{sef(s)}">{esc(s.title)}</a></td>'
        f'<td headers="categorylist_header_date" class="list-date small">{created(s)[8:10]}-{created(s)[5:7]}-{created(s)[:4]}</td>'
        f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">Lượt xem: {s.views()}</span></td></tr>'
        for k, s in enumerate(in_cat(cat.id))
    )
    limit = "".join(
        f'<option value="{v}"{SELECTED if v == 20 else ""}>{v}</option>'
        for v in (5, 10, 15, 20, 25, 30, 50, 100)
    )
    main = (
        f'<div class="category-list"><h2 class="componentheading">{esc(cat.title)}</h2>'
        f'<form action="{cat.path}" method="post" name="adminForm" id="adminForm" class="form-inline">'
        '<fieldset class="filters btn-toolbar clearfix"><div class="btn-group">'
        '<label class="filter-search-lbl element-invisible" for="filter-search">Bộ lọc tiêu đề</label>'
        '<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" '
        'onchange="document.adminForm.submit();" placeholder="Bộ lọc tiêu đề" /></div>'
        '<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>'
        f'<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">{limit}'
        '<option value="0">Tất cả</option></select></div>'
        '<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" />'
        '<input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></fieldset>'
        '<table class="category table table-striped table-bordered table-hover"><thead><tr>'
        '<th id="categorylist_header_title">Tiêu đề</th><th id="categorylist_header_date">Ngày tạo</th>'
        '<th id="categorylist_header_hits">Lượt xem</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></form></div>"
    )
    return page(
        request,
        f"{cat.title} - {SITE}",
        main,
        crumbs=[(f"/{cat.menu}.html", cat.menu_title), (None, cat.title)],
        active=f"/{cat.menu}.html",
    )


def categories_page(request: Request) -> Response:
    cat = CATS[14]
    main = (
        '<div class="categories-list"><h2 class="componentheading">Thông báo</h2>'
        f'<div class="first"><h3 class="page-header item-title"><a href="{cat.path}">{esc(cat.title)}</a> '
        f'<span class="badge badge-info tip hasTooltip" title="Số bài viết:">{len(in_cat(14))}</span></h3>'
        '<div class="category-desc">Các thông báo của nhà trường gửi cán bộ, giáo viên, học sinh và cha mẹ học sinh.</div></div>'
        "</div>"
    )
    return page(request, f"Thông báo - {SITE}", main, crumbs=[(None, "Thông báo")], active="/thong-bao.html")


def home(request: Request) -> Response:
    slides = "".join(
        f'<li class="jsn-is-slide"><a href="{sef(BY_ID[i])}"><img src="/images/slideshow/slide-{i}.jpg" '
        f'alt="{esc(BY_ID[i].title)}" /></a><div class="jsn-is-caption"><h4>{esc(BY_ID[i].title)}</h4></div></li>'
        for i in (312, 309, 307)
    )
    content_top = (
        '<div class=" jsn-modulecontainer"><div class="jsn-modulecontainer_inner"><div class="jsn-modulecontent">'
        f'<div class="jsn-imageshow" id="jsn-is-slideshow-1"><ul class="jsn-is-slides">{slides}</ul></div>'
        "</div></div></div>"
    )
    featured = "".join(_blog_item(BY_ID[i], k == 0) for k, i in enumerate(FEATURED))
    latest = "".join(
        f'<li itemscope itemtype="https://schema.org/Article"><a href="{component_path(BY_ID[i]).replace("&", "&amp;")}" '
        f'itemprop="url"><span itemprop="name">{esc(BY_ID[i].title)}</span></a></li>'
        for i in LATEST
    )
    main = (
        '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">'
        f'<div class="items-leading clearfix">{featured}</div></div>'
    )
    bottom = _module("Tin mới", f'<ul class="latestnews mod-list">{latest}</ul>', "box-blue jsn-latest")
    return page(request, f"Trang chủ - {SITE}", main, crumbs=None, active="/", content_top=content_top,
                content_bottom=bottom, feed="/?format=feed&type=rss")


def rss(request: Request, stories: list[Story], title: str, link: str) -> Response:
    base = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{base}{sef(s)}</link><guid isPermaLink=\"true\">{base}{sef(s)}</guid>"
        f"<description>{esc(intro_html(s))}</description><category>{esc(cat_of(s).title)}</category>"
        f"<pubDate>{created(s)}</pubDate></item>"
        for s in stories[:10]
    )
    doc = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
        f"<channel><title>{esc(title)}</title><description><![CDATA[{esc(title)}]]></description>"
        f"<link>{base}{link}</link><generator>Joomla! - Open Source Content Management</generator>"
        f"<language>vi-vn</language>{items}</channel></rss>"
    )
    return Response(200, doc, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- non-articles ------------------------------------------------------------------------------


def _single(request: Request, path: str, title: str, body: str, stamp: str, hits: int, active: str,
            crumbs: list[tuple[str | None, str]]) -> Response:
    info = (
        '<div class="jsn-article-info"><dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
        '<dd class="createdby">Viết bởi <span itemprop="name">Super User</span></dd>'
        f'<dd class="published"><time datetime="{iso(stamp)}">Ngày đăng: {lc2(stamp)}</time></dd>'
        f'<dd class="hits">Lượt xem: {hits}</dd></dl></div>'
    )
    main = (
        '<div class="item-page" itemscope itemtype="https://schema.org/Article">'
        f'<div class="jsn-article-toolbar"><div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
        f'{_tools(path)}<div class="clearfix"></div></div>{info}'
        f'<div class="jsn-article-content" itemprop="articleBody">{body}</div></div>'
    )
    return page(request, f"{title} - {SITE}", main, crumbs=crumbs, active=active)


def gioi_thieu(request: Request) -> Response:
    body = (
        '<p style="text-align: center;"><img src="/images/gioi-thieu/toan-canh-truong.jpg" alt="toan canh truong" '
        'width="600" height="360" /></p>'
        '<p style="text-align: justify;">Trường THCS Lý Nhật Quang được thành lập năm 1965, tiền thân là Trường cấp II '
        "Đô Lương. Trải qua hơn 60 năm xây dựng và trưởng thành, nhà trường luôn là một trong những lá cờ đầu của "
        "giáo dục địa phương.</p>"
        '<p style="text-align: justify;">Năm học 2026 - 2027, nhà trường có 24 lớp với 986 học sinh; 58 cán bộ, giáo '
        "viên, nhân viên, trong đó 100% giáo viên đạt chuẩn và trên chuẩn. Trường đạt chuẩn quốc gia mức độ 2 và "
        "kiểm định chất lượng giáo dục cấp độ 3.</p>"
        "<p><strong>Ban Giám hiệu nhà trường</strong></p>"
        "<ul><li>Hiệu trưởng: Thầy giáo Lê Đình Khánh</li><li>Phó Hiệu trưởng: Thầy giáo Đặng Văn Quý</li>"
        "<li>Phó Hiệu trưởng: Cô giáo Nguyễn Thị Thanh Hương</li></ul>"
    )
    return _single(request, "/gioi-thieu.html", "Lịch sử nhà trường", body, "2015-09-14T08:00", 15234,
                   "/gioi-thieu.html", [(None, "Giới thiệu")])


def thoi_khoa_bieu(request: Request) -> Response:
    rows = "".join(
        f"<tr><td>{d}</td><td>{a}</td><td>{b}</td><td>{c}</td></tr>"
        for d, a, b, c in [
            ("Thứ Hai", "Chào cờ - Toán - Ngữ văn - Tiếng Anh", "Toán - KHTN - Tin học", "Ngữ văn - LS&amp;ĐL - GDCD"),
            ("Thứ Ba", "KHTN - Ngữ văn - Toán - Công nghệ", "Tiếng Anh - Toán - HĐTN", "KHTN - Toán - Âm nhạc"),
            ("Thứ Tư", "LS&amp;ĐL - Tiếng Anh - GDTC - Toán", "Ngữ văn - Mĩ thuật - KHTN", "Toán - Tiếng Anh - Tin học"),
        ]
    )
    body = (
        '<p style="text-align: center;"><strong>THỜI KHÓA BIỂU HỌC KỲ I - ÁP DỤNG TỪ NGÀY 09/11/2026</strong></p>'
        '<table border="1" style="width: 100%; border-collapse: collapse;"><tbody>'
        "<tr><td><strong>Thứ</strong></td><td><strong>Lớp 9A</strong></td><td><strong>Lớp 8B</strong></td>"
        f"<td><strong>Lớp 7C</strong></td></tr>{rows}</tbody></table>"
        "<p><em>Ghi chú: Thời khóa biểu chi tiết các lớp xem tại bảng tin nhà trường.</em></p>"
    )
    return _single(request, "/thoi-khoa-bieu.html", "Thời khóa biểu học kỳ I năm học 2026 - 2027", body,
                   "2026-11-07T10:00", 2140, "/chuyen-mon.html",
                   [("/chuyen-mon.html", "Chuyên môn"), (None, "Thời khóa biểu")])


def lien_he(request: Request) -> Response:
    main = (
        '<div class="contact" itemscope itemtype="https://schema.org/Person"><div class="page-header">'
        '<h2><span class="contact-name" itemprop="name">Trường THCS Lý Nhật Quang</span></h2></div>'
        '<h3>Thông tin liên hệ</h3><div class="contact-address dl-horizontal" itemprop="address">'
        '<dl><dt><span class="jicons-icons"><img src="/media/contacts/images/con_address.png" alt="Địa chỉ: " /></span></dt>'
        "<dd><span class=\"contact-street\">Khối 3, xã Đô Lương, tỉnh Nghệ An</span></dd>"
        '<dt><span class="jicons-icons"><img src="/media/contacts/images/con_tel.png" alt="Điện thoại: " /></span></dt>'
        '<dd><span class="contact-telephone">0238 3871 256</span></dd></dl></div>'
        '<h3>Gửi email</h3><form id="contact-form" action="/lien-he.html" method="post" class="form-validate form-horizontal">'
        '<fieldset><legend>Gửi email. Mục có dấu sao (*) là bắt buộc.</legend>'
        '<div class="control-group"><label id="jform_contact_name-lbl" for="jform_contact_name">Họ tên *</label>'
        '<input type="text" name="jform[contact_name]" id="jform_contact_name" value="" required="required" /></div>'
        '<div class="control-group"><label for="jform_contact_email">Email *</label>'
        '<input type="email" name="jform[contact_email]" id="jform_contact_email" value="" required="required" /></div>'
        '<div class="control-group"><label for="jform_contact_emailmsg">Tiêu đề *</label>'
        '<input type="text" name="jform[contact_subject]" id="jform_contact_emailmsg" value="" /></div>'
        '<div class="control-group"><label for="jform_contact_message">Nội dung *</label>'
        '<textarea name="jform[contact_message]" id="jform_contact_message" cols="50" rows="10"></textarea></div>'
        '<button class="btn btn-primary validate" type="submit">Gửi email</button>'
        '<input type="hidden" name="option" value="com_contact" /><input type="hidden" name="task" value="contact.submit" />'
        '<input type="hidden" name="id" value="1:truong-thcs-ly-nhat-quang" /></fieldset></form>'
        '<div class="contact-map"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" width="100%" height="300" '
        'style="border:0;" allowfullscreen="" loading="lazy"></iframe></div></div>'
    )
    return page(request, f"Liên hệ - {SITE}", main, crumbs=[(None, "Liên hệ")], active="/lien-he.html")


DOCS = {
    17: ("ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027",
         "Số 215/KH-THCSLNQ", "2026-09-05", "ke-hoach-giao-duc-2026-2027.pdf", "1.24 MB"),
    16: ("quy-che-chi-tieu-noi-bo-nam-2026", "Quy chế chi tiêu nội bộ năm 2026",
         "Số 12/QĐ-THCSLNQ", "2026-01-15", "quy-che-chi-tieu-noi-bo-2026.pdf", "486.3 KB"),
}
DOC_CAT = "3-van-ban-nha-truong"


def doc_path(doc_id: int) -> str:
    return f"/van-ban/viewdownload/{DOC_CAT}/{doc_id}-{DOCS[doc_id][0]}.html"


def van_ban(request: Request) -> Response:
    rows = "".join(
        f'<div class="jd_files_row"><table class="jd_cat_files" style="width:100%"><tr>'
        f'<td width="32"><img src="/images/jdownloads/fileimages/pdf.png" alt="pdf" /></td>'
        f'<td><a href="{doc_path(k)}"><b>{esc(v[1])}</b></a><br /><small>{v[2]} - Ngày ban hành: {dmy(v[3])}</small></td>'
        f'<td align="right">{v[5]}</td></tr></table></div>'
        for k, v in sorted(DOCS.items(), reverse=True)
    )
    main = (
        '<div class="jd-item-page"><div class="jd_top_navi">Văn bản nhà trường</div>'
        f'<div class="jd_cat_title">Văn bản nhà trường (2)</div>{rows}'
        '<div class="jd_footer" style="text-align:center">Powered by jDownloads</div></div>'
    )
    return page(request, f"Văn bản - {SITE}", main, crumbs=[(None, "Văn bản")], active="/van-ban.html")


def doc_page(request: Request, doc_id: int) -> Response:
    _alias, title, number, issued, fname, size = DOCS[doc_id]
    main = (
        '<div class="jd-item-page"><div class="jd_top_navi"><a href="/van-ban.html">Văn bản nhà trường</a></div>'
        f'<h2 class="jd_details_title">{esc(title)}</h2>'
        '<table class="jd_details" width="100%" border="0">'
        f"<tr><td><b>Số/Ký hiệu:</b></td><td>{number}</td></tr>"
        f"<tr><td><b>Ngày ban hành:</b></td><td>{dmy(issued)}</td></tr>"
        f"<tr><td><b>Cơ quan ban hành:</b></td><td>Trường THCS Lý Nhật Quang</td></tr>"
        f"<tr><td><b>Tên tệp:</b></td><td>{fname}</td></tr><tr><td><b>Dung lượng:</b></td><td>{size}</td></tr>"
        f"<tr><td><b>Lượt tải:</b></td><td>{90 + doc_id * 7}</td></tr></table>"
        f'<div class="jd_download_url"><a href="/images/jdownloads/van-ban-nha-truong/{fname}" class="jdbutton jblue" '
        'rel="nofollow">Tải về</a></div></div>'
    )
    return page(request, f"{title} - {SITE}", main, crumbs=[("/van-ban.html", "Văn bản"), (None, title)],
                active="/van-ban.html")


ALBUM = (4, "le-khai-giang-nam-hoc-2026-2027", "Lễ khai giảng năm học 2026 - 2027")
VIDEO = (7, "van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11", "Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11")


def album_path() -> str:
    return f"/thu-vien-anh/{ALBUM[0]}-{ALBUM[1]}.html"


def video_path() -> str:
    return f"/video-clip/{VIDEO[0]}-{VIDEO[1]}.html"


def thu_vien_anh(request: Request) -> Response:
    main = (
        '<div id="phocagallery" class="pg-categories-view"><h2 class="componentheading">Thư viện ảnh</h2>'
        f'<div class="pg-cv-box"><div class="pg-cv-box-img"><a href="{album_path()}">'
        '<img src="/images/phocagallery/khai-giang-2026/thumbs/phoca_thumb_m_kg-01.jpg" alt="Lễ khai giảng" /></a></div>'
        f'<div class="pg-cv-name"><a href="{album_path()}">{esc(ALBUM[2])}</a> <span class="small">(12)</span></div></div>'
        "</div>"
    )
    return page(request, f"Thư viện ảnh - {SITE}", main, crumbs=[(None, "Thư viện ảnh")], active="/thu-vien-anh.html")


def album_page(request: Request) -> Response:
    photos = "".join(
        f'<div class="phocagallery-box-file"><div class="phocagallery-box-file-first"><a class="pg-lightbox" '
        f'href="/images/phocagallery/khai-giang-2026/kg-{k:02d}.jpg" title="Khai giảng {k:02d}">'
        f'<img src="/images/phocagallery/khai-giang-2026/thumbs/phoca_thumb_m_kg-{k:02d}.jpg" alt="kg-{k:02d}" /></a>'
        "</div></div>"
        for k in range(1, 13)
    )
    main = (
        f'<div id="phocagallery" class="pg-category-view"><h2 class="componentheading">{esc(ALBUM[2])}</h2>'
        '<div class="pg-cv-desc">Một số hình ảnh trong Lễ khai giảng năm học mới 2026 - 2027 sáng ngày 05/9/2026.</div>'
        f'{photos}<div class="pg-cv-paginaton">Trang 1 / 1</div></div>'
    )
    return page(request, f"{ALBUM[2]} - {SITE}", main,
                crumbs=[("/thu-vien-anh.html", "Thư viện ảnh"), (None, ALBUM[2])], active="/thu-vien-anh.html")


def video_list(request: Request) -> Response:
    main = (
        '<div class="avs videos"><h2 class="componentheading">Video clip</h2>'
        f'<div class="avs-thumb"><a href="{video_path()}"><img src="/media/com_allvideoshare/videos/thumb-vn-2011.jpg" '
        f'alt="{esc(VIDEO[2])}" /><span class="avs-title">{esc(VIDEO[2])}</span></a>'
        '<span class="avs-views">482 lượt xem</span></div></div>'
    )
    return page(request, f"Video clip - {SITE}", main, crumbs=[(None, "Video clip")], active="/thu-vien-anh.html")


def video_page(request: Request) -> Response:
    main = (
        f'<div class="avs video"><h2 class="avs-video-title">{esc(VIDEO[2])}</h2>'
        '<div class="avs-player" style="position:relative;padding-bottom:56.25%">'
        '<iframe src="https://www.youtube.com/embed/x9Qv2Lq5zAk?rel=0" width="560" height="315" frameborder="0" '
        'allowfullscreen></iframe></div>'
        '<div class="avs-description"><p>Tiết mục múa “Người thầy” của tập thể học sinh lớp 8A biểu diễn trong Lễ '
        "kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026.</p></div>"
        '<div class="avs-meta">Lượt xem: 482</div></div>'
    )
    return page(request, f"{VIDEO[2]} - {SITE}", main,
                crumbs=[("/video-clip.html", "Video clip"), (None, VIDEO[2])], active="/thu-vien-anh.html")


def tag_page(request: Request, tag_id: int) -> Response:
    _alias, label = TAGS[tag_id]
    items = by_date([s for s in STORIES if tag_id in s.opts.get("tags", [])])
    rows = "".join(
        f'<li class="cat-list-row{k % 2} clearfix"><h3><a href="{sef(s)}">{esc(s.title)}</a></h3></li>'
        for k, s in enumerate(items)
    )
    main = (
        f'<div class="tag-category"><h2>{esc(label)}</h2>'
        f'<ul class="category list-striped">{rows}</ul></div>'
    )
    return page(request, f"{label} - {SITE}", main, crumbs=[(None, label)], active="/")


def search_page(request: Request, word: str) -> Response:
    hits = [s for s in by_date(STORIES) if word and word.lower() in s.title.lower()]
    rows = "".join(
        f'<dt class="result-title">{k}. <a href="{sef(s)}">{esc(s.title)}</a></dt>'
        f'<dd class="result-category"><span class="small">({esc(cat_of(s).title)})</span></dd>'
        for k, s in enumerate(hits, 1)
    )
    main = (
        '<div class="search"><h2 class="componentheading">Tìm kiếm</h2>'
        f'<form id="searchForm" action="/component/search/" method="get"><input type="text" name="searchword" '
        f'value="{esc(word)}" /><button class="btn" type="submit">Tìm kiếm</button></form>'
        f'<div class="searchintro"><p>Tìm kiếm được <span class="badge badge-info">{len(hits)}</span> kết quả.</p></div>'
        f'<dl class="search-results">{rows}</dl></div>'
    )
    return page(request, f"Tìm kiếm - {SITE}", main, crumbs=[(None, "Tìm kiếm")], active="/")


def mailto_page(request: Request) -> Response:
    doc = (
        '<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8" /><title>Gửi liên kết này tới bạn bè</title></head>'
        '<body class="contentpane"><div id="mailto-window"><h2>Gửi liên kết này tới bạn bè.</h2>'
        '<form action="/index.php" id="mailtoForm" method="post">'
        '<div class="formelm"><label for="mailto_field">Gửi tới</label><input type="text" id="mailto_field" name="mailto" /></div>'
        '<div class="formelm"><label for="sender_field">Người gửi</label><input type="text" id="sender_field" name="sender" /></div>'
        '<div class="formelm"><label for="from_field">Email của bạn</label><input type="text" id="from_field" name="from" /></div>'
        '<div class="formelm"><label for="subject_field">Tiêu đề</label><input type="text" id="subject_field" name="subject" /></div>'
        '<p><button class="button" type="submit">Gửi</button> <button class="button" onclick="window.close();return false;">Hủy</button></p>'
        '<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /></form></div>'
        "</body></html>"
    )
    return html(doc)


# --- routing -----------------------------------------------------------------------------------

_ARTICLE = re.compile(r"^/(?:index\.php/)?([a-z-]+)/(\d+)-([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html$")
_COMPONENT = re.compile(r"^/component/content/article/(\d+)-([a-z0-9-]+)/(\d+)-([a-z0-9-]+)\.html$")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        params = request.params

        if request.method == "POST" and request.form.get("option") == "com_search":
            word = request.form.get("searchword", "")
            return redirect(f"/component/search/?searchword={word}&searchphrase=all&Itemid={HOME_ITEMID}", 303)

        if path.startswith(("/images/", "/templates/", "/media/", "/modules/", "/plugins/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)

        if path == "/":
            if params.get("format") == "feed":
                return rss(request, [BY_ID[i] for i in FEATURED], SITE, "/")
            return home(request)

        if path == "/tin-tuc.html":
            if params.get("format") == "feed":
                return rss(request, TIN_TUC, f"Tin tức - {SITE}", "/tin-tuc.html")
            return blog_page(
                request, heading="Tin tức", base="/tin-tuc.html", stories=TIN_TUC, per_page=4,
                crumbs=[(None, "Tin tức")], active="/tin-tuc.html", children=[CATS[9], CATS[10]],
                feed="/tin-tuc.html?format=feed&type=rss",
            )
        if path == "/chuyen-mon.html":
            return blog_page(
                request, heading="Chuyên môn", base="/chuyen-mon.html", stories=CHUYEN_MON, per_page=10,
                crumbs=[(None, "Chuyên môn")], active="/chuyen-mon.html", children=[CATS[11], CATS[12]],
                links_after=2,
            )
        if path == "/thong-bao.html":
            return categories_page(request)
        for cat in CATS.values():
            if path == cat.path:
                if cat.layout == "list":
                    return list_page(request, cat)
                return blog_page(
                    request, heading=cat.title, base=cat.path, stories=in_cat(cat.id), per_page=cat.per_page,
                    crumbs=[(f"/{cat.menu}.html", cat.menu_title), (None, cat.title)], active=f"/{cat.menu}.html",
                )

        m = _ARTICLE.match(path)
        if m:
            story = BY_ID.get(int(m.group(4)))
            if story is None or story.slug != m.group(5):
                return None
            cat = cat_of(story)
            if (m.group(1), int(m.group(2)), m.group(3)) != (cat.menu, cat.id, cat.alias):
                return None
            if params.get("tmpl") == "component" and params.get("print") == "1":
                return article_page(request, story, "print")
            return article_page(request, story, "sef")
        m = _COMPONENT.match(path)
        if m:
            story = BY_ID.get(int(m.group(3)))
            if story is None or story.slug != m.group(4) or int(m.group(1)) != int(story.cat):
                return None
            return article_page(request, story, "component")

        if path == "/component/mailto/" and params.get("tmpl") == "component":
            return mailto_page(request)
        if path.startswith("/component/tags/tag/"):
            for tid, (alias, _label) in TAGS.items():
                if path == f"/component/tags/tag/{tid}-{alias}.html":
                    return tag_page(request, tid)
            return None
        if path == "/component/search/":
            return search_page(request, params.get("searchword", ""))

        if path == "/gioi-thieu.html":
            if params.get("tmpl") == "component":
                return html(f"<html><body class=\"contentpane\"><h2>Lịch sử nhà trường</h2>"
                            f"<p>{SITE}</p></body></html>")
            return gioi_thieu(request)
        if path == "/thoi-khoa-bieu.html":
            return thoi_khoa_bieu(request)
        if path == "/lien-he.html":
            return lien_he(request)
        if path == "/van-ban.html":
            return van_ban(request)
        for doc_id in DOCS:
            if path == doc_path(doc_id):
                return doc_page(request, doc_id)
        if path == "/thu-vien-anh.html":
            return thu_vien_anh(request)
        if path == album_path():
            return album_page(request)
        if path == "/video-clip.html":
            return video_list(request)
        if path == video_path():
            return video_page(request)
        return None


def build_site() -> Site:
    return Site()


# --- gold --------------------------------------------------------------------------------------


def _alts(story: Story) -> list[str]:
    alts = [f"{sef(story)}?{PRINT_QUERY}"]
    if story.id in LATEST:
        alts.append(component_path(story))
    if story.id in LEGACY_LINKS:
        alts.append(f"/index.php{sef(story)}")
    return alts


GOLD = [
    gold_record(story, sef(story), cat_of(story).title, canonical_path=sef(story), alt_paths=_alts(story))
    for story in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu.html",
    "/thoi-khoa-bieu.html",
    "/lien-he.html",
    doc_path(17),
    doc_path(16),
    album_path(),
    video_path(),
]
